package org.relata.examples.model;

import org.relata.AssociationTable;
import org.relata.ForeignKey;
import org.relata.OnDelete;

/** The link table between host users and groups. */
@AssociationTable("user_group")
public record UserGroup(
    @ForeignKey(value = HostUser.class, onDelete = OnDelete.CASCADE) Long userId,
    @ForeignKey(value = Group.class, onDelete = OnDelete.CASCADE) Long groupId) {}
