package test.m2m;

import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Generated;
import org.relata.runtime.meta.EntityRelations;

/**
 * The generated base class of {@link Parent}: its relationship accessors, which keep both sides of
 * every relationship in step in memory.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class ParentRelations extends EntityRelations {
  protected ParentRelations() {
  }

  /**
   * The live {@code children}, never null; every change mirrors onto {@code Child.parents}.
   */
  public List<Child> getChildren() {
    return Parent_.CHILDREN.list((Parent) this);
  }

  /**
   * Replaces the contents of {@code children} with {@code children}, in order, mirrored onto {@code Child.parents}.
   */
  public void setChildren(Collection<? extends Child> children) {
    Parent_.CHILDREN.replace((Parent) this, children);
  }
}
