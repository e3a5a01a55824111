package org.relata.it.model.loading.select;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

/** The link table between folders and labels. */
@AssociationTable("folder_label")
public record FolderLabel(
    @ForeignKey(Folder.class) Long folderId, @ForeignKey(Label.class) Long labelId) {}
