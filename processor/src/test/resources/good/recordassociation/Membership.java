package good.recordassociation;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

@AssociationTable("membership")
public record Membership(@ForeignKey(User.class) Long userId, @ForeignKey(Group.class) Long groupId) {}
