package org.relata.examples;

import java.io.PrintStream;
import java.util.function.Supplier;

/** Prints a demo: numbered steps, each followed by facts that are read from the live objects. */
final class Narrator {
  private final PrintStream out;
  private int step;

  Narrator(PrintStream out) {
    this.out = out;
  }

  void section(String title) {
    out.println();
    out.println("== " + title + " ==");
  }

  /** Performs {@code action} and prints it as the next step. */
  void step(String description, Runnable action) {
    action.run();
    out.printf("%d. %s%n", ++step, description);
  }

  /** Prints {@code expression} with the value that {@code value} computes now. */
  void fact(String expression, Supplier<?> value) {
    out.printf("     %-36s -> %s%n", expression, value.get());
  }
}
