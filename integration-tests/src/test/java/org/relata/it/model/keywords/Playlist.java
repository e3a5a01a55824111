package org.relata.it.model.keywords;

import java.util.List;
import org.relata.Cascade;
import org.relata.Column;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/**
 * A table named {@code select} with a column named {@code from}; its tracks sort by a column named
 * {@code order}.
 */
@Entity(table = "select")
public class Playlist extends PlaylistRelations {
  @Id Long id;

  @Column("from")
  String name;

  @Relationship(
      backPopulates = "playlist",
      orderBy = "order DESC",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  List<Track> tracks;

  public Playlist() {}

  public Playlist(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Playlist(" + name + ")";
  }
}
