package test.legacy;

import javax.annotation.processing.Generated;
import org.relata.runtime.meta.EntityRelations;

/**
 * The generated base class of {@link Passport}: its relationship accessors, which keep both sides of
 * every relationship in step in memory.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class PassportRelations extends EntityRelations {
  protected PassportRelations() {
  }

  /**
   * The related {@code person}, or null.
   */
  public Person getPerson() {
    return Passport_.PERSON.get((Passport) this);
  }

  /**
   * Sets {@code person}, mirrored onto {@code Person.passport}.
   */
  public void setPerson(Person person) {
    Passport_.PERSON.set((Passport) this, person);
  }
}
