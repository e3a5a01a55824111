package org.relata.bench.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic entity model of a given size, once with Relata annotations and once as the
 * equivalent JPA model, so that javac has the same entities and relationships to chew on.
 *
 * <p>The model is made of clusters of five entities, which together use every relationship kind:
 * Author-Book one-to-many with backPopulates on both sides, Book-Category many-to-one with a legacy
 * {@code @Backref}, Profile-Author one-to-one through {@code @Backref(uselist = false)}, Book-Tag
 * many-to-many through an {@code @AssociationTable}, and Category's self-referential adjacency
 * list. The JPA model declares both sides explicitly, since JPA has no backref.
 */
public final class ModelGenerator {
  /** The package of every generated class. */
  static final String PACKAGE = "synth";

  /** Which annotations the generated model uses. */
  public enum Flavor {
    RELATA,
    JPA,
    /** The JPA model with the relationship accessors a JPA user writes by hand. */
    JPA_ACCESSORS
  }

  private ModelGenerator() {}

  /**
   * Writes {@code entities} entities (a multiple of five) under {@code root}; returns the files.
   */
  public static List<Path> write(Flavor flavor, int entities, Path root) throws IOException {
    if (entities % 5 != 0) {
      throw new IllegalArgumentException("entities must be a multiple of 5: " + entities);
    }
    Path dir = Files.createDirectories(root.resolve(PACKAGE));
    List<Path> files = new ArrayList<>();
    for (int k = 0; k < entities / 5; k++) {
      for (var unit :
          flavor == Flavor.RELATA ? relata(k) : jpa(k, flavor == Flavor.JPA_ACCESSORS)) {
        Path file = dir.resolve(unit[0] + ".java");
        Files.writeString(file, "package " + PACKAGE + ";\n\n" + unit[1]);
        files.add(file);
      }
    }
    return files;
  }

  /**
   * The binary names of the {@code entities} entity classes that {@link #write} writes, the same in
   * both flavours (association tables are not entities).
   */
  public static List<String> entityNames(int entities) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < entities / 5; k++) {
      for (String e : List.of("Author", "Book", "Tag", "Profile", "Category")) {
        names.add(PACKAGE + "." + e + k);
      }
    }
    return names;
  }

  /** Basic columns shared by every entity of both flavours. */
  private static String columns() {
    return "  String name;\n  Integer rank;\n  java.time.LocalDate created;\n  Boolean active;\n";
  }

  private static List<String[]> relata(int k) {
    String imports = "import java.util.*;\nimport org.relata.*;\n\n";
    List<String[]> units = new ArrayList<>();
    units.add(
        unit(
            "Author" + k,
            imports
                + "@Entity\npublic class Author"
                + k
                + " extends Author"
                + k
                + "Relations {\n  @Id Long id;\n"
                + columns()
                + "  @Relationship(backPopulates = \"author\") List<Book"
                + k
                + "> books;\n}\n"));
    units.add(
        unit(
            "Book" + k,
            imports
                + "@Entity\npublic class Book"
                + k
                + " extends Book"
                + k
                + "Relations {\n  @Id Long id;\n"
                + columns()
                + "  @ForeignKey(Author"
                + k
                + ".class) Long authorId;\n"
                + "  @ForeignKey(Category"
                + k
                + ".class) Long categoryId;\n"
                + "  @Relationship(backPopulates = \"books\") Author"
                + k
                + " author;\n"
                + "  @Relationship @Backref(\"books\") Category"
                + k
                + " category;\n"
                + "  @Relationship(secondary = BookTag"
                + k
                + ".class, backPopulates = \"books\") Set<Tag"
                + k
                + "> tags;\n}\n"));
    units.add(
        unit(
            "BookTag" + k,
            imports
                + "@AssociationTable(\"book_tag"
                + k
                + "\")\npublic class BookTag"
                + k
                + " {\n  @ForeignKey(Book"
                + k
                + ".class) Long bookId;\n  @ForeignKey(Tag"
                + k
                + ".class) Long tagId;\n}\n"));
    units.add(
        unit(
            "Tag" + k,
            imports
                + "@Entity\npublic class Tag"
                + k
                + " extends Tag"
                + k
                + "Relations {\n  @Id Long id;\n"
                + columns()
                + "  @Relationship(secondary = BookTag"
                + k
                + ".class, backPopulates = \"tags\") List<Book"
                + k
                + "> books;\n}\n"));
    units.add(
        unit(
            "Profile" + k,
            imports
                + "@Entity\npublic class Profile"
                + k
                + " extends Profile"
                + k
                + "Relations {\n  @Id Long id;\n"
                + columns()
                + "  @ForeignKey(Author"
                + k
                + ".class) Long authorId;\n"
                + "  @Relationship @Backref(value = \"profile\", uselist = false) Author"
                + k
                + " author;\n}\n"));
    units.add(
        unit(
            "Category" + k,
            imports
                + "@Entity\npublic class Category"
                + k
                + " extends Category"
                + k
                + "Relations {\n  @Id Long id;\n"
                + columns()
                + "  @ForeignKey(Category"
                + k
                + ".class) Long parentId;\n"
                + "  @Relationship(backPopulates = \"parent\") List<Category"
                + k
                + "> children;\n"
                + "  @Relationship(backPopulates = \"children\") Category"
                + k
                + " parent;\n}\n"));
    return units;
  }

  private static List<String[]> jpa(int k, boolean accessors) {
    String imports = "import jakarta.persistence.*;\nimport java.util.*;\n\n";
    String author = "Author" + k;
    String book = "Book" + k;
    String tag = "Tag" + k;
    String profile = "Profile" + k;
    String category = "Category" + k;
    List<String[]> units = new ArrayList<>();
    units.add(
        unit(
            author,
            imports
                + "@Entity\npublic class "
                + author
                + " {\n  @Id Long id;\n"
                + columns()
                + "  @OneToMany(mappedBy = \"author\") List<"
                + book
                + "> books"
                + newCollection(accessors, "ArrayList")
                + "  @OneToOne(mappedBy = \"author\") "
                + profile
                + " profile;\n"
                + (accessors
                    ? "\n"
                        + HandWrittenAccessors.collectionToScalar("List", book, "books", "author")
                        + HandWrittenAccessors.oneToOne(profile, "profile", "author")
                    : "")
                + "}\n"));
    units.add(
        unit(
            book,
            imports
                + "@Entity\npublic class "
                + book
                + " {\n  @Id Long id;\n"
                + columns()
                + "  @ManyToOne @JoinColumn(name = \"author_id\") "
                + author
                + " author;\n"
                + "  @ManyToOne @JoinColumn(name = \"category_id\") "
                + category
                + " category;\n"
                + "  @ManyToMany @JoinTable(name = \"book_tag"
                + k
                + "\", joinColumns = @JoinColumn(name = \"book_id\"),"
                + " inverseJoinColumns = @JoinColumn(name = \"tag_id\")) Set<"
                + tag
                + "> tags"
                + newCollection(accessors, "LinkedHashSet")
                + (accessors
                    ? "\n"
                        + HandWrittenAccessors.scalarToCollection(author, "author", "books")
                        + HandWrittenAccessors.scalarToCollection(category, "category", "books")
                        + HandWrittenAccessors.manyToMany("Set", tag, "tags", "books")
                    : "")
                + "}\n"));
    units.add(
        unit(
            tag,
            imports
                + "@Entity\npublic class "
                + tag
                + " {\n  @Id Long id;\n"
                + columns()
                + "  @ManyToMany(mappedBy = \"tags\") List<"
                + book
                + "> books"
                + newCollection(accessors, "ArrayList")
                + (accessors
                    ? "\n" + HandWrittenAccessors.manyToMany("List", book, "books", "tags")
                    : "")
                + "}\n"));
    units.add(
        unit(
            profile,
            imports
                + "@Entity\npublic class "
                + profile
                + " {\n  @Id Long id;\n"
                + columns()
                + "  @OneToOne @JoinColumn(name = \"author_id\") "
                + author
                + " author;\n"
                + (accessors
                    ? "\n" + HandWrittenAccessors.oneToOne(author, "author", "profile")
                    : "")
                + "}\n"));
    units.add(
        unit(
            category,
            imports
                + "@Entity\npublic class "
                + category
                + " {\n  @Id Long id;\n"
                + columns()
                + "  @ManyToOne @JoinColumn(name = \"parent_id\") "
                + category
                + " parent;\n"
                + "  @OneToMany(mappedBy = \"parent\") List<"
                + category
                + "> children"
                + newCollection(accessors, "ArrayList")
                + "  @OneToMany(mappedBy = \"category\") List<"
                + book
                + "> books"
                + newCollection(accessors, "ArrayList")
                + (accessors
                    ? "\n"
                        + HandWrittenAccessors.scalarToCollection(category, "parent", "children")
                        + HandWrittenAccessors.collectionToScalar(
                            "List", category, "children", "parent")
                        + HandWrittenAccessors.collectionToScalar("List", book, "books", "category")
                    : "")
                + "}\n"));
    return units;
  }

  /** The end of a collection field's declaration: with accessors, it starts out empty. */
  private static String newCollection(boolean accessors, String implementation) {
    return accessors ? " = new " + implementation + "<>();\n" : ";\n";
  }

  private static String[] unit(String name, String source) {
    return new String[] {name, source};
  }
}
