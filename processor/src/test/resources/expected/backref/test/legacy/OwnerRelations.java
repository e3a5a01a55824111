package test.legacy;

import java.util.Collection;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.relata.runtime.meta.EntityRelations;

/**
 * The generated base class of {@link Owner}: its relationship accessors, which keep both sides of
 * every relationship in step in memory.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class OwnerRelations extends EntityRelations {
  protected OwnerRelations() {
  }

  /**
   * The live {@code pets}, never null; every change mirrors onto {@code Pet.owner}.
   */
  public Set<Pet> getPets() {
    return Owner_.PETS.set((Owner) this);
  }

  /**
   * Replaces the contents of {@code pets} with {@code pets}, in order, mirrored onto {@code Pet.owner}.
   */
  public void setPets(Collection<? extends Pet> pets) {
    Owner_.PETS.replace((Owner) this, pets);
  }
}
