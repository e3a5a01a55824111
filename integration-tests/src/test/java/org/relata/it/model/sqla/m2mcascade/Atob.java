package org.relata.it.model.sqla.m2mcascade;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

/** M2MCascadeTest's {@code atob}. */
@AssociationTable("atob")
public record Atob(@ForeignKey(A.class) Long aid, @ForeignKey(B.class) Long bid) {}
