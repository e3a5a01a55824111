package org.relata.it.model.loading.joined;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;
import org.relata.it.model.loading.NoteView;

/** A folder's note; it holds the key of the one-to-one. */
@Entity
public class Note extends NoteRelations implements NoteView {
  @Id Long id;
  String text;

  @ForeignKey(Folder.class)
  Long folderId;

  @Relationship(backPopulates = "note")
  Folder folder;

  Note() {}

  public Note(String text) {
    this.text = text;
  }

  @Override
  public String text() {
    return text;
  }
}
