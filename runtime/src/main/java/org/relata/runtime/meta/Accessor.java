package org.relata.runtime.meta;

/**
 * Reads and writes the fields of one entity class by slot number. The runtime defines one hidden
 * class per entity at bootstrap that implements it as a {@code switch} over the entity's columns
 * and relationships (see {@code AccessorClass}); the JIT inlines it like any small class.
 *
 * @param <E> the entity class
 */
public interface Accessor<E> {
  /** The value of the field in {@code slot} of {@code entity}. */
  Object get(int slot, E entity);

  /** Writes {@code value}, which must be of the field's type, into the field in {@code slot}. */
  void set(int slot, E entity, Object value);

  /** An error for a slot number that an accessor does not know. */
  static IllegalArgumentException noSuchSlot(int slot) {
    return new IllegalArgumentException("no such slot: " + slot);
  }
}
