package org.relata.it.model.merging;

import org.relata.Cascade;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A many-to-one without MERGE, as SQLAlchemy's test_no_relationship_cascade declares it. */
@Entity
public class Note extends NoteRelations {
  @Id Long id;
  String text;

  @ForeignKey(Writer.class)
  Long writerId;

  @Relationship(cascade = Cascade.SAVE_UPDATE)
  Writer writer;

  public Note() {}

  public Note(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return "Note(" + text + ")";
  }
}
