package org.relata.runtime.model;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.OnDelete;
import org.relata.Relationship;

/** An association object: composite id of two foreign keys, plus a column of its own. */
@Entity
public class Membership extends MembershipRelations {
  @Id
  @ForeignKey(value = User.class, onDelete = OnDelete.CASCADE)
  Long userId;

  @Id
  @ForeignKey(Group.class)
  Long groupId;

  String role;

  /** One-way: User has no memberships collection. */
  @Relationship User user;

  @Relationship(backPopulates = "memberships")
  Group group;

  public Membership() {}

  public Membership(User user, String role) {
    this.role = role;
    setUser(user);
  }

  public Long getUserId() {
    return userId;
  }

  public Long getGroupId() {
    return groupId;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
