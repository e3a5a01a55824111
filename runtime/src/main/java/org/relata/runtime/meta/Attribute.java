package org.relata.runtime.meta;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
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

  /** A plain column, read by {@code getter} and written by {@code setter}. */
  public static <E, T> Attribute<E, T> of(
      Class<E> declaringType,
      String name,
      Field<T> field,
      Function<E, T> getter,
      BiConsumer<E, T> setter) {
    return slotted(declaringType, name, field, new FunctionAccessor<>(getter, setter), 0);
  }

  /**
   * A plain column, read and written by {@code accessor} in {@code slot}; see {@link
   * EntityType.Builder#column}.
   */
  static <E, T> Attribute<E, T> slotted(
      Class<E> declaringType, String name, Field<T> field, Accessor<E> accessor, int slot) {
    return new Attribute<>(
        Objects.requireNonNull(declaringType),
        Objects.requireNonNull(name),
        Objects.requireNonNull(field),
        Objects.requireNonNull(accessor),
        slot,
        false,
        null,
        OnDelete.NO_ACTION,
        false);
  }

  /**
   * A column as a resource describes it: read and written by {@code accessor} in {@code slot} (null
   * for a column of an association table, which is never read into an object), a foreign key when
   * {@code references} is set.
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

  /** A column of an association table, which is never read into an object. */
  public static <E, T> Attribute<E, T> linkColumn(
      Class<E> declaringType, String name, Field<T> field) {
    return new Attribute<>(
        declaringType, name, field, null, 0, false, null, OnDelete.NO_ACTION, false);
  }

  /** This column as part of the primary key. */
  public Attribute<E, T> asId() {
    return new Attribute<>(
        declaringType, name, field, accessor, slot, true, references, onDelete, generated);
  }

  /**
   * This column as one whose value the database supplies ({@code @Column(generated = true)}): never
   * written, read back after every INSERT and UPDATE of its row.
   */
  public Attribute<E, T> asGenerated() {
    return new Attribute<>(
        declaringType, name, field, accessor, slot, id, references, onDelete, true);
  }

  /** This column as a foreign key to the id of the entity that {@code target} supplies. */
  public Attribute<E, T> references(Supplier<EntityType<?>> target, OnDelete onDelete) {
    return new Attribute<>(
        declaringType,
        name,
        field,
        accessor,
        slot,
        id,
        Objects.requireNonNull(target),
        onDelete,
        generated);
  }

  /**
   * This column as a foreign key to the id of {@code target}, looked up when first asked for: a
   * generated metamodel names the class instead of reading another metamodel's constant.
   */
  public Attribute<E, T> references(Class<?> target, OnDelete onDelete) {
    Objects.requireNonNull(target);
    return references(() -> EntityType.of(target), onDelete);
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

  /** The accessor of one column given as a getter and a setter, as hand-written metamodels do. */
  private record FunctionAccessor<E, T>(Function<E, T> getter, BiConsumer<E, T> setter)
      implements Accessor<E> {
    @Override
    public Object get(int slot, E entity) {
      return getter.apply(entity);
    }

    // Attribute.set and setOn only pass a T.
    @SuppressWarnings("unchecked")
    @Override
    public void set(int slot, E entity, Object value) {
      setter.accept(entity, (T) value);
    }
  }
}
