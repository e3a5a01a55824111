package org.relata.runtime.meta.bootstrap;

/** A link table from owners to their favorite pets; it has only a resource. */
public class Favorite {
  Long ownerId;
  Long petId;
}
