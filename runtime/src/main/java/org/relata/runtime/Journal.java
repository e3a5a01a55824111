package org.relata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.relata.runtime.meta.Attribute;

/**
 * What one flush changed in memory: the values it wrote into objects (foreign keys, generated ids)
 * and, once it succeeded, the clean points it moved. Undoing it puts every object back as it was
 * before the flush, with the same changes pending: at once when the flush fails, or later when the
 * transaction that holds it rolls back.
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
    undo.add(
        () -> {
          // The application may have set the value again since; that choice stands.
          if (Objects.equals(attribute.getFrom(entity), value)) {
            attribute.setOn(entity, old);
          }
        });
  }

  /** Remembers how to undo a change that the flush made to the session's own records. */
  void onUndo(Runnable action) {
    undo.add(action);
  }

  /** Puts back every value, newest first. */
  void undo() {
    for (int i = undo.size() - 1; i >= 0; i--) {
      undo.get(i).run();
    }
    undo.clear();
  }
}
