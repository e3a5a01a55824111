package org.relata.it.model.nested;

import java.util.List;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** An entity with a nested entity: the generated names flatten to Library_Shelf. */
@Entity
public class Library extends LibraryRelations {
  @Id Long id;

  @Relationship(backPopulates = "library")
  List<Shelf> shelves;

  /** A nested entity. */
  @Entity(table = "shelf")
  public static class Shelf extends Library_ShelfRelations {
    @Id Long id;

    @ForeignKey(Library.class)
    Long libraryId;

    @Relationship(backPopulates = "shelves")
    Library library;
  }
}
