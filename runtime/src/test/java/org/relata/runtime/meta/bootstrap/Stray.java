package org.relata.runtime.meta.bootstrap;

/** An entity whose generated structure is of a format version this runtime does not read. */
public class Stray extends StrayRelations {
  Long id;
}
