package org.relata.runtime.meta.bootstrap;

/** An entity whose resource is missing, as when META-INF/relata was not packaged. */
public class Stray extends StrayRelations {
  Long id;
}
