package org.relata.runtime.model;

import org.relata.runtime.meta.EntityRelations;

/** As generated for {@link Address}. */
public abstract class AddressRelations extends EntityRelations {
  public User getUser() {
    return Address_.USER.get((Address) this);
  }

  public void setUser(User user) {
    Address_.USER.set((Address) this, user);
  }
}
