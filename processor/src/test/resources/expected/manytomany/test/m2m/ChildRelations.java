package test.m2m;

import java.util.Collection;
import javax.annotation.processing.Generated;
import org.relata.runtime.meta.EntityRelations;

/**
 * The generated base class of {@link Child}: its relationship accessors, which keep both sides of
 * every relationship in step in memory.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class ChildRelations extends EntityRelations {
  protected ChildRelations() {
  }

  /**
   * The live {@code parents}, never null; every change mirrors onto {@code Parent.children}.
   */
  public Collection<Parent> getParents() {
    return Child_.PARENTS.collection((Child) this);
  }

  /**
   * Replaces the contents of {@code parents} with {@code parents}, in order, mirrored onto {@code Parent.children}.
   */
  public void setParents(Collection<? extends Parent> parents) {
    Child_.PARENTS.replace((Child) this, parents);
  }
}
