package org.relata.processor.testing;

import org.relata.processor.RelataProcessor;

/** Compiles test fixtures with the real Relata processor. */
public final class Relata {
  private Relata() {}

  /** Compiles every source under the resource folder {@code folder} with {@code options}. */
  public static Outcome compile(TestCompiler compiler, String folder, String... options) {
    return Outcome.compile(compiler, RelataProcessor::new, Fixture.of(folder), options);
  }

  /**
   * Compiles the sources under {@code folder} as a downstream module: the classes of the upstream
   * fixture {@code upstream}, compiled beforehand with the processor, are on its classpath.
   */
  public static Outcome compileAgainst(
      TestCompiler compiler, String upstream, String folder, String... options) {
    return Outcome.compile(
        compiler, RelataProcessor::new, Fixture.of(folder), Upstream.classes(upstream), options);
  }
}
