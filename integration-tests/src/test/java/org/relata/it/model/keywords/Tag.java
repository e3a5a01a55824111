package org.relata.it.model.keywords;

import java.util.Set;
import org.relata.Column;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** A table named {@code check} with a column named {@code default}. */
@Entity(table = "check")
public class Tag extends TagRelations {
  @Id Long id;

  @Column("default")
  String name;

  @Relationship(secondary = Grant.class, backPopulates = "tags")
  Set<Track> tracks;

  public Tag() {}

  public Tag(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Tag(" + name + ")";
  }
}
