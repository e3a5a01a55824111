package org.relata.it.model.flush;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** A parent whose boxes go with it, but stay (with no shelf) when taken off it. */
@Entity
public class Shelf extends ShelfRelations {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "shelf", cascade = Cascade.ALL)
  List<Box> boxes;

  /**
   * One-way: a sticker has no relationships, so the session tracks it as a plain object. A sticker
   * taken off its shelf is deleted.
   */
  @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  List<Sticker> stickers;

  public Shelf() {}

  public Shelf(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  @Override
  public String toString() {
    return "Shelf(" + name + ")";
  }
}
