package org.relata.processor.testing;

import org.relata.processor.RelataProcessor;

/** Compiles test fixtures with the real Relata processor. */
public final class Relata {
  private Relata() {}

  /** Compiles every source under the resource folder {@code folder} with {@code options}. */
  public static Outcome compile(TestCompiler compiler, String folder, String... options) {
    return Outcome.compile(compiler, RelataProcessor::new, Fixture.of(folder), options);
  }
}
