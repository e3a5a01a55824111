package org.relata.it.model.keywords;

import java.util.List;
import org.relata.Column;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A table named {@code table} with a column named {@code order}. */
@Entity(table = "table")
public class Track extends TrackRelations {
  @Id Long id;
  String title;

  @Column("order")
  Integer order;

  @ForeignKey(Playlist.class)
  Long playlistId;

  @Relationship(backPopulates = "tracks")
  Playlist playlist;

  @Relationship(secondary = Grant.class, backPopulates = "tracks")
  List<Tag> tags;

  public Track() {}

  public Track(String title, int order) {
    this.title = title;
    this.order = order;
  }

  public String getTitle() {
    return title;
  }

  @Override
  public String toString() {
    return "Track(" + title + ")";
  }
}
