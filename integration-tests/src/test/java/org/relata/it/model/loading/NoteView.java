package org.relata.it.model.loading;

/** A folder's note: the one-to-one whose target holds the key. */
public interface NoteView {
  String text();

  FolderView getFolder();
}
