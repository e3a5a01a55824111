package org.relata.it.model.withlombok;

import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/**
 * An entity written with Lombok: its private columns are reached through Lombok's accessors, its
 * no-argument constructor is Lombok's, and its relationship keeps the generated live accessors
 * because Lombok is told to write none for it.
 */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class Author extends AuthorRelations {
  @Id private Long id;
  private String name;

  @Getter(AccessLevel.NONE)
  @Setter(AccessLevel.NONE)
  @Relationship(backPopulates = "author")
  List<Book> books;

  public Author(String name) {
    this.name = name;
  }
}
