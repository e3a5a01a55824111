package org.relata.runtime.model;

import java.util.Set;
import org.relata.runtime.meta.EntityRelations;

/** As generated for {@link Child}. */
public abstract class ChildRelations extends EntityRelations {
  public Set<Parent> getParents() {
    return Child_.PARENTS.set((Child) this);
  }
}
