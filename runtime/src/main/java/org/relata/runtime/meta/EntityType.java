package org.relata.runtime.meta;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Everything the runtime knows about one entity class: its table, columns, key and relationships,
 * and how to create an instance. The generated {@code ERelations} class of each entity bootstraps
 * one as its {@code TYPE}, from the structure the processor wrote into it.
 */
public final class EntityType<E> {
  private static final Map<Class<?>, EntityType<?>> REGISTRY = new ConcurrentHashMap<>();

  private final Class<E> javaType;
  private final Table<Record> table;
  private final Supplier<E> factory;
  private final List<Attribute<E, ?>> attributes;
  private final List<Attribute<E, ?>> ids;
  private final List<Attribute<E, ?>> generated;
  private final List<Relationship<E, ?>> relationships;

  EntityType(
      Class<E> javaType,
      Table<Record> table,
      Supplier<E> factory,
      List<Attribute<E, ?>> attributes,
      List<Relationship<E, ?>> relationships) {
    this.javaType = javaType;
    this.table = table;
    this.factory = factory;
    this.attributes = List.copyOf(attributes);
    List<Attribute<E, ?>> idList = new ArrayList<>();
    List<Attribute<E, ?>> generatedList = new ArrayList<>();
    for (Attribute<E, ?> a : this.attributes) {
      if (a.isId()) {
        idList.add(a);
      }
      if (a.isGenerated()) {
        generatedList.add(a);
      }
    }
    this.ids = List.copyOf(idList);
    this.generated = List.copyOf(generatedList);
    this.relationships = List.copyOf(relationships);
  }

  /**
   * Builds the type of {@code javaType} from {@code structure}, registers it and returns it.
   * Generated code calls it once, as the first constant of the entity's {@code ERelations} class,
   * with that class's own {@code lookup} (the runtime defines the entity's field accessor in its
   * package with it) and the entity's structure as the processor wrote it: its table, columns and
   * relationships, one tab-separated record per line. A malformed structure, or one of another
   * class, fails with an error naming the class.
   */
  public static <E> EntityType<E> bootstrap(
      MethodHandles.Lookup lookup, Class<E> javaType, String structure) {
    return register(Bootstrap.entity(lookup, javaType, structure));
  }

  /**
   * The type of an entity class. The first call for a class initialises its generated {@code
   * ERelations} class (which an entity without relationships need not extend), whose first constant
   * bootstraps and registers the type; later calls are a map lookup.
   */
  @SuppressWarnings("unchecked")
  public static <E> EntityType<E> of(Class<E> javaType) {
    EntityType<?> type = REGISTRY.get(javaType);
    if (type == null) {
      String relations = relationsName(javaType);
      boolean generated = initialize(relations, javaType.getClassLoader());
      type = REGISTRY.get(javaType);
      if (type == null && AssociationType.lookup(javaType) != null) {
        throw new IllegalArgumentException(
            javaType.getName()
                + " is an @AssociationTable, not an @Entity: it has no objects to add, load or"
                + " delete. Pass the entities it links (Schema.create and Schema.validate also"
                + " accept the @AssociationTable class itself).");
      }
      if (type == null && !generated) {
        throw new IllegalArgumentException(
            javaType.getName()
                + " is not an entity: there is no generated "
                + relations
                + ". Annotate it with @org.relata.Entity and compile with the Relata processor.");
      }
      if (type == null) {
        throw new IllegalStateException(relations + " did not register " + javaType.getName());
      }
    }
    return (EntityType<E>) type;
  }

  /** Initialises the class {@code name}; false when there is none. */
  private static boolean initialize(String name, ClassLoader loader) {
    try {
      Class.forName(name, true, loader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /**
   * The binary name of the generated {@code ERelations} class of {@code javaType}: the simple names
   * of the class and its enclosing classes joined by {@code _}, plus {@code Relations}, in the same
   * package.
   */
  static String relationsName(Class<?> javaType) {
    StringBuilder simple = new StringBuilder(javaType.getSimpleName());
    for (Class<?> c = javaType.getEnclosingClass(); c != null; c = c.getEnclosingClass()) {
      simple.insert(0, c.getSimpleName() + "_");
    }
    String pkg = javaType.getPackageName();
    return (pkg.isEmpty() ? "" : pkg + ".") + simple + "Relations";
  }

  /** Makes {@code type} what {@link #of} returns for its class. */
  static <E> EntityType<E> register(EntityType<E> type) {
    REGISTRY.put(type.javaType, type);
    return type;
  }

  /** Every entity type registered so far, in no particular order; for error messages. */
  public static List<EntityType<?>> registered() {
    return List.copyOf(REGISTRY.values());
  }

  public Class<E> javaType() {
    return javaType;
  }

  public Table<Record> table() {
    return table;
  }

  /** Every column, ids included, in declaration order. */
  public List<Attribute<E, ?>> attributes() {
    return attributes;
  }

  /** The primary-key columns; several for a composite key. */
  public List<Attribute<E, ?>> ids() {
    return ids;
  }

  /** The columns whose values the database supplies, read back after INSERT and UPDATE. */
  public List<Attribute<E, ?>> generated() {
    return generated;
  }

  /** Every relationship, declared or generated from a backref, in declaration order. */
  public List<Relationship<E, ?>> relationships() {
    return relationships;
  }

  /** The attribute mapped to {@code field}, or null. */
  public Attribute<E, ?> attribute(Field<?> field) {
    for (Attribute<E, ?> a : attributes) {
      if (a.field().equals(field)) {
        return a;
      }
    }
    return null;
  }

  /** The attribute of the Java field {@code name}; an error if there is none. */
  public Attribute<E, ?> attribute(String name) {
    for (Attribute<E, ?> a : attributes) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException(this + " has no attribute " + name);
  }

  /**
   * The typed jOOQ field of the column mapped by the Java field {@code javaName}, for queries; an
   * error naming this entity and the name when there is none.
   */
  @SuppressWarnings("unchecked") // the processor declares the constant with the column's type
  public <T> Field<T> field(String javaName) {
    return (Field<T>) attribute(javaName).field();
  }

  /** The scalar relationship {@code name}; an error when there is none or it is a collection. */
  @SuppressWarnings("unchecked") // the processor declares the constant with the target type
  public <T> ScalarRelationship<E, T> scalar(String name) {
    if (findRelationship(name) instanceof ScalarRelationship<E, ?> scalar) {
      return (ScalarRelationship<E, T>) scalar;
    }
    throw noRelationship(name, "scalar");
  }

  /** The collection relationship {@code name}; an error when there is none or it is a scalar. */
  @SuppressWarnings("unchecked") // the processor declares the constant with the target type
  public <T> CollectionRelationship<E, T> collection(String name) {
    if (findRelationship(name) instanceof CollectionRelationship<E, ?> collection) {
      return (CollectionRelationship<E, T>) collection;
    }
    throw noRelationship(name, "collection");
  }

  private Relationship<E, ?> findRelationship(String name) {
    for (Relationship<E, ?> r : relationships) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }

  private IllegalArgumentException noRelationship(String name, String kind) {
    Relationship<E, ?> found = findRelationship(name);
    return new IllegalArgumentException(
        found == null
            ? this + " has no relationship " + name
            : found
                + " is a "
                + (found.isCollection() ? "collection" : "scalar")
                + ", not a "
                + kind);
  }

  /**
   * The relationship {@code name}, as a side whose target is {@code targetType}: the reverse side
   * of a relationship from {@code targetType}, which the processor has checked. An error if there
   * is none.
   */
  @SuppressWarnings("unchecked") // the processor checked the reverse's target
  public <T> Relationship<E, T> relationship(String name, Class<T> targetType) {
    Relationship<E, ?> r = findRelationship(name);
    if (r != null) {
      return (Relationship<E, T>) r;
    }
    throw new IllegalArgumentException(
        this + " has no relationship " + name + " to " + targetType.getSimpleName());
  }

  /** A new, empty instance, as loading needs one. */
  public E newInstance() {
    if (factory == null) {
      throw new IllegalStateException(
          javaType.getName() + " cannot be loaded: it has no non-private no-argument constructor");
    }
    return factory.get();
  }

  @Override
  public String toString() {
    return javaType.getSimpleName() + " (" + table.getName() + ")";
  }
}
