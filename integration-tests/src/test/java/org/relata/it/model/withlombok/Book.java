package org.relata.it.model.withlombok;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A book of one author, written with Lombok like {@link Author}. */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class Book extends BookRelations {
  @Id private Long id;
  private String title;

  @ForeignKey(Author.class)
  private Long authorId;

  @Getter(AccessLevel.NONE)
  @Setter(AccessLevel.NONE)
  @Relationship(backPopulates = "books")
  Author author;

  public Book(String title) {
    this.title = title;
  }
}
