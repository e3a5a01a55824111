package org.relata.runtime.model;

import java.util.Collection;
import java.util.List;
import org.relata.runtime.meta.EntityRelations;

/** As generated for {@link User}. */
public abstract class UserRelations extends EntityRelations {
  public List<Address> getAddresses() {
    return User_.ADDRESSES.list((User) this);
  }

  public void setAddresses(Collection<Address> addresses) {
    User_.ADDRESSES.replace((User) this, addresses);
  }
}
