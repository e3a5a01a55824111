package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Orders rows so that each comes after the rows it depends on, in waves: no row depends on another
 * of its own wave, so a wave can go in one batched statement per table.
 */
final class Levels {
  private Levels() {}

  /** Waves of rows, and the rows left over because they depend on a cycle or are part of one. */
  record Result(List<List<EntityState>> waves, List<EntityState> cyclic) {}

  /**
   * The waves of {@code rows}, each in the rows' original order. {@code dependencies} of a row may
   * name rows outside {@code rows}, which are ignored.
   *
   * @throws ObjectStateException when the dependencies form a cycle
   */
  static List<List<EntityState>> of(
      List<EntityState> rows,
      Function<EntityState, Collection<EntityState>> dependencies,
      String what) {
    Result result = ordered(rows, dependencies);
    if (!result.cyclic().isEmpty()) {
      throw cycle(result.cyclic(), what);
    }
    return result.waves();
  }

  static ObjectStateException cycle(List<EntityState> rows, String what) {
    List<String> cycle = new ArrayList<>();
    for (EntityState s : rows) {
      cycle.add(s.describe());
    }
    return new ObjectStateException(
        "Cannot order the "
            + what
            + "s of "
            + cycle
            + ": their foreign keys form a cycle."
            + " Flush one of them first, with the reference unset, then set it");
  }

  /** The waves of {@code rows}, as {@link #of} orders them, and the rows that no wave can take. */
  static Result ordered(
      List<EntityState> rows, Function<EntityState, Collection<EntityState>> dependencies) {
    Map<EntityState, Integer> position = new HashMap<>();
    for (EntityState s : rows) {
      position.put(s, position.size());
    }
    Map<EntityState, Integer> waiting = new HashMap<>();
    Map<EntityState, List<EntityState>> dependents = new HashMap<>();
    List<EntityState> wave = new ArrayList<>();
    for (EntityState s : rows) {
      int count = 0;
      for (EntityState d : dependencies.apply(s)) {
        if (position.containsKey(d) && d != s) {
          dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
          count++;
        }
      }
      if (count == 0) {
        wave.add(s);
      } else {
        waiting.put(s, count);
      }
    }
    List<List<EntityState>> waves = new ArrayList<>();
    while (!wave.isEmpty()) {
      waves.add(wave);
      List<EntityState> next = new ArrayList<>();
      for (EntityState done : wave) {
        for (EntityState s : dependents.getOrDefault(done, List.of())) {
          if (waiting.merge(s, -1, Integer::sum) == 0) {
            waiting.remove(s);
            next.add(s);
          }
        }
      }
      next.sort((a, b) -> Integer.compare(position.get(a), position.get(b)));
      wave = next;
    }
    List<EntityState> cyclic = new ArrayList<>(waiting.keySet());
    cyclic.sort((a, b) -> Integer.compare(position.get(a), position.get(b)));
    return new Result(waves, cyclic);
  }
}
