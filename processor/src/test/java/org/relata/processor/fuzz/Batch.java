package org.relata.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Items that wait to be compiled together: handed on when {@code size} are waiting, or on {@link
 * #flush}.
 */
final class Batch<T> {
  private final int size;
  private final Consumer<List<T>> compile;
  private final List<T> waiting = new ArrayList<>();

  Batch(int size, Consumer<List<T>> compile) {
    this.size = size;
    this.compile = compile;
  }

  void add(T item) {
    waiting.add(item);
    if (waiting.size() == size) {
      flush();
    }
  }

  /** The items waiting now. */
  List<T> waiting() {
    return List.copyOf(waiting);
  }

  /** Hands on the waiting items, if any. */
  void flush() {
    if (!waiting.isEmpty()) {
      List<T> items = List.copyOf(waiting);
      waiting.clear();
      compile.accept(items);
    }
  }
}
