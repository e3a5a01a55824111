package org.relata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.relata.runtime.meta.Attribute;

/**
 * The values a flush wrote into objects (foreign keys, generated ids), so that a failed flush can
 * put every object back exactly as it was.
 */
final class Journal {
  private final List<Runnable> undo = new ArrayList<>();

  /** Sets {@code attribute} of {@code entity} to {@code value}, remembering the old value. */
  void set(Attribute<?, ?> attribute, Object entity, Object value) {
    Object old = attribute.getFrom(entity);
    if (Objects.equals(old, value)) {
      return;
    }
    attribute.setOn(entity, value);
    undo.add(() -> attribute.setOn(entity, old));
  }

  /** Puts back every value, newest first. */
  void undo() {
    for (int i = undo.size() - 1; i >= 0; i--) {
      undo.get(i).run();
    }
    undo.clear();
  }
}
