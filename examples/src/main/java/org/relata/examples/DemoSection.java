package org.relata.examples;

/** One part of the demo; Demo runs them in order, so that new parts slot in beside the others. */
interface DemoSection {
  String title();

  void run(Narrator narrator);
}
