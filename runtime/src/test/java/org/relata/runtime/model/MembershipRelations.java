package org.relata.runtime.model;

import org.relata.runtime.meta.EntityRelations;

/** As generated for {@link Membership}. */
public abstract class MembershipRelations extends EntityRelations {
  public User getUser() {
    return Membership_.USER.get((Membership) this);
  }

  public void setUser(User user) {
    Membership_.USER.set((Membership) this, user);
  }

  public Group getGroup() {
    return Membership_.GROUP.get((Membership) this);
  }

  public void setGroup(Group group) {
    Membership_.GROUP.set((Membership) this, group);
  }
}
