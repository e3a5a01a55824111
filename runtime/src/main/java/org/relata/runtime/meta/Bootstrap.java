package org.relata.runtime.meta;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.EnumConverter;
import org.jooq.impl.SQLDataType;
import org.relata.runtime.meta.MetaResource.Column;
import org.relata.runtime.meta.MetaResource.JoinSpec;
import org.relata.runtime.meta.MetaResource.RelationshipSpec;

/**
 * Builds an {@link EntityType} from the structure its {@code ERelations} class passes, or an {@link
 * AssociationType} from its resource, once per class; {@link MetaResource} parses both. Every other
 * class that the structure names (foreign-key targets, join holders, reverse sides) is looked up on
 * first use, never here: two entities' {@code ERelations} classes bootstrap each other's types from
 * their static initializers, in either order.
 */
final class Bootstrap {
  private Bootstrap() {}

  /**
   * The type of {@code javaType} described by {@code structure}, whose {@code ERelations} class
   * passed its own {@code lookup}.
   */
  static <E> EntityType<E> entity(
      MethodHandles.Lookup lookup, Class<E> javaType, String structure) {
    Objects.requireNonNull(javaType, "javaType");
    Objects.requireNonNull(structure, "structure");
    Class<?> caller = lookup.lookupClass();
    if (!lookup.hasFullPrivilegeAccess()
        || !caller.getPackageName().equals(javaType.getPackageName())) {
      throw new IllegalArgumentException(
          "EntityType.bootstrap for "
              + javaType.getName()
              + " needs MethodHandles.lookup() of a class in its package, as its generated"
              + " ERelations passes; got "
              + lookup);
    }
    MetaResource resource = MetaResource.parse("the structure of " + javaType.getName(), structure);
    if (resource.kind != MetaResource.Kind.ENTITY) {
      throw new IllegalStateException(
          resource.source + " describes an association table, not an entity: recompile it");
    }
    check(resource, javaType);
    ClassLoader loader = javaType.getClassLoader();
    Table<Record> table = table(resource);

    List<AccessorClass.Slot> slots = new ArrayList<>();
    for (Column c : resource.columns) {
      slots.add(
          c.getter() == null
              ? AccessorClass.field(javaType, c.javaName())
              : AccessorClass.property(javaType, c.javaName(), c.getter(), c.setter()));
    }
    for (RelationshipSpec r : resource.relationships) {
      slots.add(AccessorClass.field(javaType, r.name()));
    }
    Object access = AccessorClass.define(lookup, javaType, slots, resource.constructor);
    @SuppressWarnings("unchecked") // the class was written for E
    Accessor<E> accessor = (Accessor<E>) access;
    @SuppressWarnings("unchecked") // its get() is new E()
    Supplier<E> factory = resource.constructor ? (Supplier<E>) access : null;

    List<Attribute<E, ?>> attributes = new ArrayList<>();
    int slot = 0;
    for (Column c : resource.columns) {
      attributes.add(column(javaType, resource, c, loader, accessor, slot++));
    }
    List<Relationship<E, ?>> relationships = new ArrayList<>();
    for (RelationshipSpec r : resource.relationships) {
      relationships.add(relationship(javaType, resource, r, loader, accessor, slot++));
    }
    return new EntityType<>(javaType, table, factory, attributes, relationships);
  }

  /** The link table of {@code javaType}, read from its resource; null when it has none. */
  static AssociationType association(Class<?> javaType) {
    MetaResource resource = MetaResource.read(javaType.getClassLoader(), javaType.getName());
    if (resource == null || resource.kind != MetaResource.Kind.ASSOCIATION) {
      return null;
    }
    check(resource, javaType);
    Table<Record> table = table(resource);
    List<Attribute<?, ?>> columns = new ArrayList<>();
    for (Column c : resource.columns) {
      if (c.fkTarget() == null) {
        throw new IllegalStateException(
            resource.source
                + ": column "
                + c.javaName()
                + " of an association table has no target");
      }
      columns.add(column(javaType, resource, c, javaType.getClassLoader(), null, 0));
    }
    return new AssociationType(javaType, table, List.copyOf(columns));
  }

  private static void check(MetaResource resource, Class<?> javaType) {
    if (!resource.className.equals(javaType.getName())) {
      throw new IllegalStateException(
          resource.source + " describes " + resource.className + ", not " + javaType.getName());
    }
  }

  private static Table<Record> table(MetaResource r) {
    return DSL.table(r.schema.isEmpty() ? DSL.name(r.table) : DSL.name(r.schema, r.table));
  }

  private static <E> Attribute<E, ?> column(
      Class<E> javaType,
      MetaResource resource,
      Column c,
      ClassLoader loader,
      Accessor<E> accessor,
      int slot) {
    Name name =
        resource.schema.isEmpty()
            ? DSL.name(resource.table, c.columnName())
            : DSL.name(resource.schema, resource.table, c.columnName());
    Class<?> valueClass = load(resource, c.valueClass(), loader);
    Field<?> field =
        c.enumerated() ? enumField(resource, name, valueClass) : DSL.field(name, valueClass);
    String target = c.fkTarget();
    Supplier<EntityType<?>> references =
        target == null ? null : () -> EntityType.of(load(resource, target, loader));
    return Attribute.column(
        javaType,
        c.javaName(),
        field,
        accessor,
        slot,
        c.id(),
        c.generated(),
        references,
        c.onDelete());
  }

  /** A column holding an enum, stored by constant name in a VARCHAR. */
  @SuppressWarnings({"unchecked", "rawtypes"}) // checked to be an enum class just before
  private static Field<?> enumField(MetaResource resource, Name name, Class<?> type) {
    if (!type.isEnum()) {
      throw new IllegalStateException(
          resource.source + ": " + type.getName() + " of column " + name + " is not an enum");
    }
    return enumField(name, (Class) type);
  }

  private static <T extends Enum<T>> Field<T> enumField(Name name, Class<T> type) {
    return DSL.field(
        name, SQLDataType.VARCHAR.asConvertedDataType(new EnumConverter<>(String.class, type)));
  }

  private static <O> Relationship<O, ?> relationship(
      Class<O> owner,
      MetaResource resource,
      RelationshipSpec r,
      ClassLoader loader,
      Accessor<O> accessor,
      int slot) {
    return relationship(
        owner, resource, r, loader, accessor, slot, load(resource, r.targetClass(), loader));
  }

  private static <O, T> Relationship<O, T> relationship(
      Class<O> owner,
      MetaResource resource,
      RelationshipSpec r,
      ClassLoader loader,
      Accessor<O> accessor,
      int slot,
      Class<T> target) {
    Relationship.Spec<O, T> spec =
        new Relationship.Spec<>(
            r.name(),
            owner,
            target,
            r.kind(),
            r.reverse() == null ? null : reverse(target, r.reverse(), owner),
            join(resource, r.join(), loader),
            r.lazy(),
            r.cascade(),
            r.passiveDeletes(),
            r.viewonly(),
            r.orderBy());
    return r.shape() == null
        ? ScalarRelationship.slotted(spec, accessor, slot)
        : CollectionRelationship.slotted(spec, r.shape(), accessor, slot);
  }

  /** The side {@code name} of {@code target}, back to {@code owner}, resolved on first use. */
  private static <O, T> Supplier<Relationship<T, O>> reverse(
      Class<T> target, String name, Class<O> owner) {
    return () -> EntityType.of(target).relationship(name, owner);
  }

  /** The join, resolved on first use. */
  private static Supplier<Join> join(MetaResource resource, JoinSpec j, ClassLoader loader) {
    if (!j.secondary()) {
      return () ->
          Join.foreignKey(
              EntityType.of(load(resource, j.tableClass(), loader)).attribute(j.first()),
              j.ownerHoldsKey());
    }
    return () -> {
      Class<?> tableClass = load(resource, j.tableClass(), loader);
      AssociationType link = AssociationType.lookup(tableClass);
      if (link != null) {
        return Join.secondary(
            link, link.column(j.first()).field(), link.column(j.second()).field());
      }
      EntityType<?> entity = EntityType.of(tableClass);
      return Join.secondary(
          entity, entity.attribute(j.first()).field(), entity.attribute(j.second()).field());
    };
  }

  /**
   * The class {@code binaryName}, loaded but not initialised: initialising it would run another
   * bootstrap.
   */
  @SuppressWarnings("unchecked") // the structure names the class of a T
  private static <T> Class<T> load(MetaResource resource, String binaryName, ClassLoader loader) {
    try {
      return (Class<T>) Class.forName(binaryName, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          resource.source
              + ": class "
              + binaryName
              + " not found; recompile with the Relata processor",
          e);
    }
  }
}
