package org.relata.it.model.loading;

import java.util.Collection;

/** A label on folders: the lazy reverse side of the folders' many-to-many. */
public interface LabelView {
  String name();

  Collection<? extends FolderView> getFolders();
}
