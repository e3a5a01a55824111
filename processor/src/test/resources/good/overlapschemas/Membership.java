package good.overlapschemas;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

/** The link table membership in the connection's schema. */
@AssociationTable("membership")
public record Membership(@ForeignKey(Club.class) Long clubId, @ForeignKey(Person.class) Long personId) {}
