package test.repo;

import javax.annotation.processing.Generated;
import org.relata.runtime.meta.EntityRelations;

/**
 * The generated base class of {@link Address}: its relationship accessors, which keep both sides of
 * every relationship in step in memory.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class AddressRelations extends EntityRelations {
  protected AddressRelations() {
  }

  /**
   * The related {@code user}, or null.
   */
  public User getUser() {
    return Address_.USER.get((Address) this);
  }

  /**
   * Sets {@code user}, mirrored onto {@code User.addresses}.
   */
  public void setUser(User user) {
    Address_.USER.set((Address) this, user);
  }
}
