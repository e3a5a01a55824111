package org.relata.it.model.m2m;

import org.relata.AssociationTable;
import org.relata.ForeignKey;
import org.relata.it.model.m2m.child.Child;

/** The link table between parents and children. */
@AssociationTable("association")
public record Association(
    @ForeignKey(Parent.class) Long leftId, @ForeignKey(Child.class) Long rightId) {}
