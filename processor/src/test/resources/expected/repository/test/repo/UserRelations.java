package test.repo;

import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Generated;
import org.relata.runtime.meta.EntityRelations;

/**
 * The generated base class of {@link User}: its relationship accessors, which keep both sides of
 * every relationship in step in memory.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class UserRelations extends EntityRelations {
  protected UserRelations() {
  }

  /**
   * The live {@code addresses}, never null; every change mirrors onto {@code Address.user}.
   */
  public List<Address> getAddresses() {
    return User_.ADDRESSES.list((User) this);
  }

  /**
   * Replaces the contents of {@code addresses} with {@code addresses}, in order, mirrored onto {@code Address.user}.
   */
  public void setAddresses(Collection<? extends Address> addresses) {
    User_.ADDRESSES.replace((User) this, addresses);
  }
}
