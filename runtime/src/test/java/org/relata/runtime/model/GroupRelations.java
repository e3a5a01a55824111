package org.relata.runtime.model;

import java.util.List;
import org.relata.runtime.meta.EntityRelations;

/** As generated for {@link Group}. */
public abstract class GroupRelations extends EntityRelations {
  public List<Membership> getMemberships() {
    return Group_.MEMBERSHIPS.list((Group) this);
  }
}
