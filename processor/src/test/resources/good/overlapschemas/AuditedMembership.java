package good.overlapschemas;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/**
 * A table of the same name in another schema: it writes audit.membership, never the link table
 * that Club.members writes, so there is no overlap to warn about.
 */
@Entity(table = "membership", schema = "audit")
public class AuditedMembership extends AuditedMembershipRelations {
  @Id Long id;

  @ForeignKey(Club.class)
  Long clubId;

  @Relationship
  Club club;
}
