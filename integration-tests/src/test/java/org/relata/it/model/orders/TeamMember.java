package org.relata.it.model.orders;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

/** The link table between teams and customers. */
@AssociationTable("member_of")
public class TeamMember {
  @ForeignKey(Team.class)
  Long teamId;

  @ForeignKey(Customer.class)
  String customerCode;
}
