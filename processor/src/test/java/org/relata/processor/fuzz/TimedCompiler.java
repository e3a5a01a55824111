package org.relata.processor.fuzz;

import java.util.Map;
import org.relata.processor.fuzz.FuzzCompiler.Result;

/**
 * A compiler the fuzzer runs models through, which keeps count of its compilations and their time.
 */
abstract class TimedCompiler {
  private final String name;
  private int compilations;
  private long nanos;

  TimedCompiler(String name) {
    this.name = name;
  }

  /** Compiles {@code sources} (path to text) with a fresh Relata processor; never throws. */
  final Result compile(Map<String, String> sources) {
    long start = System.nanoTime();
    try {
      return run(sources);
    } finally {
      compilations++;
      nanos += System.nanoTime() - start;
    }
  }

  abstract Result run(Map<String, String> sources);

  /** How many compilations ran, and how long they took together, for the summary. */
  final String timing() {
    return compilations + " " + name + " compilations in " + nanos / 1_000_000_000 + " s";
  }
}
