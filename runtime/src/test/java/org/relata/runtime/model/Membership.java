package org.relata.runtime.model;

/** An association object: composite id of two foreign keys, plus a column of its own. */
public class Membership extends MembershipRelations {
  Long userId;
  Long groupId;
  String role;
  User user;
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
