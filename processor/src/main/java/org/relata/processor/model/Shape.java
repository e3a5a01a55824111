package org.relata.processor.model;

/** How a relationship side holds its related objects: one reference, or a kind of collection. */
public enum Shape {
  SCALAR,
  LIST,
  SET,
  COLLECTION;

  public boolean isCollection() {
    return this != SCALAR;
  }
}
