package org.relata.it.model.loading;

import java.util.List;

/**
 * A folder in a self-referential tree. Its children, labels (many-to-many) and note (one-to-one)
 * load with the strategy of its package; its parent is always {@code Lazy.SELECT}.
 */
public interface FolderView {
  String name();

  List<? extends FolderView> getChildren();

  FolderView getParent();

  List<? extends LabelView> getLabels();

  NoteView getNote();

  /** Adds a new child folder and returns it. */
  FolderView addChild(String name);

  /** Links a label of the same strategy package. */
  void addLabel(LabelView label);

  /** Gives the folder a new note and returns it. */
  NoteView putNote(String text);
}
