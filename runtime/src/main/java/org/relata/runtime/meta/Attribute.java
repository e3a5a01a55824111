package org.relata.runtime.meta;

import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.Field;
import org.relata.OnDelete;

/**
 * One column of an entity or association table: its jOOQ field, and how to read and write it on an
 * object without reflection.
 */
public final class Attribute<E, T> {
  private final Class<E> declaringType;
  private final String name;
  private final Field<T> field;
  private final Accessor<E> accessor;
  private final int slot;
  private final boolean id;
  private final Supplier<EntityType<?>> references;
  private final OnDelete onDelete;
  private final boolean generated;

  private Attribute(
      Class<E> declaringType,
      String name,
      Field<T> field,
      Accessor<E> accessor,
      int slot,
      boolean id,
      Supplier<EntityType<?>> references,
      OnDelete onDelete,
      boolean generated) {
    this.declaringType = declaringType;
    this.name = name;
    this.field = field;
    this.accessor = accessor;
    this.slot = slot;
    this.id = id;
    this.references = references;
    this.onDelete = onDelete;
    this.generated = generated;
  }

  /**
   * A column as its structure describes it: read and written by {@code accessor} in {@code slot}
   * (null for a column of an association table, which is never read into an object), a foreign key
   * when {@code references} is set.
   */
  static <E, T> Attribute<E, T> column(
      Class<E> declaringType,
      String name,
      Field<T> field,
      Accessor<E> accessor,
      int slot,
      boolean id,
      boolean generated,
      Supplier<EntityType<?>> references,
      OnDelete onDelete) {
    return new Attribute<>(
        Objects.requireNonNull(declaringType),
        Objects.requireNonNull(name),
        Objects.requireNonNull(field),
        accessor,
        slot,
        id,
        references,
        Objects.requireNonNull(onDelete),
        generated);
  }

  public Class<E> declaringType() {
    return declaringType;
  }

  /** The Java field name. */
  public String name() {
    return name;
  }

  /** The column, qualified by its table. */
  public Field<T> field() {
    return field;
  }

  public boolean isId() {
    return id;
  }

  /** Whether the database supplies the value: {@code @Column(generated = true)}. */
  public boolean isGenerated() {
    return generated;
  }

  public boolean isForeignKey() {
    return references != null;
  }

  /** The referenced entity type, or null for a column that is not a foreign key. */
  public EntityType<?> referencedType() {
    return references == null ? null : references.get();
  }

  public OnDelete onDelete() {
    return onDelete;
  }

  // The accessor stores what set was given, which is a T; get's cast is therefore safe.
  @SuppressWarnings("unchecked")
  public T get(E entity) {
    return (T) accessor.get(slot, entity);
  }

  public void set(E entity, T value) {
    accessor.set(slot, entity, value);
  }

  /** Reads the value of an object known only as {@code Object}; it must be an {@code E}. */
  public T getFrom(Object entity) {
    return get(declaringType.cast(entity));
  }

  /** Writes {@code value}, converting it to this column's Java type. */
  public void setOn(Object entity, Object value) {
    accessor.set(slot, declaringType.cast(entity), field.getType().cast(value));
  }

  @Override
  public String toString() {
    return declaringType.getSimpleName() + "." + name;
  }
}
