package org.relata.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.relata.processor.model.Names;

/**
 * A random entity model as plain, mutable data: the generator builds it, a mutation edits it, and
 * {@link SourceWriter} turns it into Java sources. Editing data rather than text keeps every
 * mutation exact: it changes one thing and knows which.
 */
final class ModelSpec {
  /** The package prefix of this model, unique per model so that models can share a compilation. */
  final String root;

  final List<EntitySpec> entities = new ArrayList<>();
  final List<TableSpec> tables = new ArrayList<>();
  final List<PlainSpec> plains = new ArrayList<>();
  final List<Link> links = new ArrayList<>();

  /**
   * Set by a mutation whose mistake sits on a record or one of its components: ecj 3.46 gives no
   * diagnostic on a record a position, so under ecj such a mistake is caught without a file.
   */
  boolean mistakeOnRecord;

  ModelSpec(String root) {
    this.root = root;
  }

  /** Whether {@code e} declares a relationship or receives one from a {@code @Backref}. */
  boolean hasRelations(EntitySpec e) {
    if (!e.relationships.isEmpty()) {
      return true;
    }
    for (EntitySpec other : entities) {
      for (RelationshipSpec r : other.relationships) {
        if (r.backref != null && r.target == e) {
          return true;
        }
      }
    }
    return false;
  }

  /** The count of {@code @Backref}s, each of which earns one note. */
  int backrefCount() {
    int n = 0;
    for (EntitySpec e : entities) {
      for (RelationshipSpec r : e.relationships) {
        n += r.backref == null ? 0 : 1;
      }
    }
    return n;
  }

  /** Every relationship field of every entity. */
  List<RelationshipSpec> relationships() {
    List<RelationshipSpec> all = new ArrayList<>();
    for (EntitySpec e : entities) {
      all.addAll(e.relationships);
    }
    return all;
  }

  /** A class of the model: an entity, an association table or a plain class. */
  abstract static class ClassSpec {
    final String pkg;
    final String name;
    final List<ColumnSpec> columns = new ArrayList<>();

    /** The class this one is a static member of, or null for a top-level class. */
    EntitySpec outer;

    /** {@code @Deprecated}, {@code @Deprecated(forRemoval = true)}, or null. */
    String deprecation;

    ClassSpec(String pkg, String name) {
      this.pkg = pkg;
      this.name = name;
    }

    String qualifiedName() {
      return outer == null ? pkg + "." + name : outer.qualifiedName() + "." + name;
    }

    /** The top-level class whose file holds this one. */
    ClassSpec topLevel() {
      return outer == null ? this : outer;
    }

    /**
     * How other classes write its name, once the top-level class is imported: {@code Outer.Inner}.
     */
    String sourceName() {
      return outer == null ? name : outer.name + "." + name;
    }

    /** The binary name, such as {@code fz.m1.p0.Outer$Inner}. */
    String binaryName() {
      return outer == null ? pkg + "." + name : outer.binaryName() + "$" + name;
    }

    /** The name generated classes start with: {@code Outer_Inner} for a nested class. */
    String flatName() {
      return outer == null ? name : outer.name + "_" + name;
    }

    /** The path of its source file, such as {@code fz/m1/p0/User.java}. */
    String path() {
      return outer == null ? qualifiedName().replace('.', '/') + ".java" : outer.path();
    }

    ColumnSpec column(String fieldName) {
      for (ColumnSpec c : columns) {
        if (c.name.equals(fieldName)) {
          return c;
        }
      }
      return null;
    }

    /** The SQL column names in use, written or derived. */
    List<String> columnNames() {
      List<String> names = new ArrayList<>();
      for (ColumnSpec c : columns) {
        names.add(c.columnName());
      }
      return names;
    }
  }

  /** An {@code @Entity} class. */
  static final class EntitySpec extends ClassSpec {
    /** The {@code table} value, or null for the default. */
    String table;

    boolean annotated = true;

    /** False when a mutation drops {@code extends XRelations}. */
    boolean extendsRelations = true;

    /** Only a constructor with arguments, so no no-argument one. */
    boolean argsOnlyConstructor;

    /** A nested enum used by a column. */
    boolean hasEnum;

    /** Fields that are no columns: a transient one and a static constant. */
    boolean hasUnmappedFields;

    /** A constructor with arguments next to the no-argument one. */
    boolean extraConstructor;

    /** Taken by another link (association objects are), so that random links leave it alone. */
    boolean closed;

    final List<RelationshipSpec> relationships = new ArrayList<>();

    EntitySpec(String pkg, String name) {
      super(pkg, name);
    }

    List<ColumnSpec> ids() {
      List<ColumnSpec> ids = new ArrayList<>();
      for (ColumnSpec c : columns) {
        if (c.id) {
          ids.add(c);
        }
      }
      return ids;
    }

    /** Whether foreign keys may reference it: exactly one {@code @Id}. */
    boolean referenceable() {
      return ids().size() == 1 && !closed;
    }

    /** Whether {@code name} is taken by a field of this class. */
    boolean hasField(String fieldName) {
      if (column(fieldName) != null) {
        return true;
      }
      for (RelationshipSpec r : relationships) {
        if (r.name.equals(fieldName)) {
          return true;
        }
      }
      return false;
    }

    RelationshipSpec relationship(String fieldName) {
      for (RelationshipSpec r : relationships) {
        if (r.name.equals(fieldName)) {
          return r;
        }
      }
      return null;
    }
  }

  /** An {@code @AssociationTable} class or record. */
  static final class TableSpec extends ClassSpec {
    String table;
    boolean record;
    boolean annotated = true;

    TableSpec(String pkg, String name) {
      super(pkg, name);
    }
  }

  /** A class that is neither an entity nor a table, for mutations that point at one. */
  static final class PlainSpec extends ClassSpec {
    /** {@code class}, {@code record}, {@code interface} or {@code enum}. */
    String kind = "class";

    /** Annotated {@code @Entity} with an {@code @Id}, though of a kind that cannot be one. */
    boolean entity;

    /**
     * The target of a {@code @Relationship} field it declares although it is no entity, or null.
     */
    ClassSpec strayTarget;

    PlainSpec(String pkg, String name) {
      super(pkg, name);
    }
  }

  /** A basic field: an id, a foreign key or a plain column. */
  static final class ColumnSpec {
    String name;

    /** The Java type as written, such as {@code Long} or {@code java.time.LocalDate}. */
    String type;

    boolean id;

    /** The {@code @Column} value, or null for none. */
    String rename;

    /** The referenced class of {@code @ForeignKey}, or null. */
    ClassSpec references;

    /** The {@code onDelete} constant name, or null for the default. */
    String onDelete;

    boolean isPrivate;

    /** With {@link #isPrivate}: a JavaBean getter and setter make it a column again. */
    boolean accessors;

    /** {@code @Deprecated}, {@code @Deprecated(forRemoval = true)}, or null. */
    String deprecation;

    ColumnSpec(String name, String type) {
      this.name = name;
      this.type = type;
    }

    String columnName() {
      return rename != null ? rename : Names.snakeCase(name);
    }
  }

  /** A {@code @Relationship} field. */
  static final class RelationshipSpec {
    final EntitySpec owner;
    String name;
    ClassSpec target;

    /** {@code List}, {@code Set}, {@code Collection}, or null for a scalar. */
    String container;

    /** A type written instead of the usual one, such as {@code java.util.Map<Long, X>}. */
    String typeOverride;

    String backPopulates = "";
    ClassSpec secondary;
    String foreignKey = "";
    String lazy;

    /** Cascade constant names, or null for the default. */
    List<String> cascade;

    boolean passiveDeletes;
    boolean viewonly;
    String orderBy = "";
    BackrefSpec backref;
    boolean annotated = true;
    boolean isPrivate;
    boolean isStatic;

    /** {@code @Deprecated}, {@code @Deprecated(forRemoval = true)}, or null. */
    String deprecation;

    RelationshipSpec(EntitySpec owner, String name, ClassSpec target, String container) {
      this.owner = owner;
      this.name = name;
      this.target = target;
      this.container = container;
    }

    boolean isCollection() {
      return container != null;
    }

    String pkgOf() {
      return owner.pkg;
    }
  }

  /** A legacy {@code @Backref}. */
  static final class BackrefSpec {
    String name;
    String lazy;
    List<String> cascade;
    boolean passiveDeletes;
    String orderBy = "";
    boolean viewonly;

    /** Null for the default. */
    Boolean uselist;

    BackrefSpec(String name) {
      this.name = name;
    }
  }

  /** What the generator linked, so that mutations find the parts that belong together. */
  record Link(
      LinkKind kind,
      List<RelationshipSpec> relationships,
      List<ColumnSpec> keys,
      ClassSpec holder) {}

  /** The relationship forms the generator produces. */
  enum LinkKind {
    ONE_TO_MANY,
    ONE_WAY_COLLECTION,
    ONE_WAY_SCALAR,
    ONE_SIDED_BACK_POPULATES,
    BACKREF_ON_COLLECTION,
    BACKREF_ON_SCALAR,
    ONE_TO_ONE,
    ONE_TO_ONE_BACKREF,
    MANY_TO_MANY,
    MANY_TO_MANY_BACKREF,
    MANY_TO_MANY_ONE_WAY,
    SELF_MANY_TO_MANY,
    ASSOCIATION_OBJECT,
    ADJACENCY_LIST,
    ADJACENCY_LIST_BACKREF,
    PLAIN_FOREIGN_KEY
  }
}
