package test.m2m;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

@AssociationTable("association")
public record Association(@ForeignKey(Parent.class) Long leftId, @ForeignKey(Child.class) Long rightId) {}
