package org.relata.runtime.meta;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * A pure link table declared with {@code @AssociationTable}: its name and its foreign-key columns,
 * which together form its primary key.
 */
public final class AssociationType {
  private static final Map<Class<?>, AssociationType> REGISTRY = new ConcurrentHashMap<>();

  private final Class<?> declaringType;
  private final Table<Record> table;
  private final List<Attribute<?, ?>> columns;

  AssociationType(Class<?> declaringType, Table<Record> table, List<Attribute<?, ?>> columns) {
    this.declaringType = declaringType;
    this.table = table;
    this.columns = columns;
  }

  /**
   * The link table that the {@code @AssociationTable} class {@code associationTable} declares, for
   * jOOQ queries on it; an error when it is not one.
   */
  public static AssociationType of(Class<?> associationTable) {
    AssociationType type = lookup(associationTable);
    if (type == null) {
      throw new IllegalArgumentException(
          associationTable.getName()
              + " is not an @AssociationTable: annotate it with @org.relata.AssociationTable and"
              + " compile with the Relata processor.");
    }
    return type;
  }

  /** Every association table registered so far, in no particular order; for error messages. */
  public static List<AssociationType> registered() {
    return List.copyOf(REGISTRY.values());
  }

  /**
   * The link table that the {@code @AssociationTable} class {@code javaType} declares, or null when
   * it is not one. The first call reads its resource.
   */
  public static AssociationType lookup(Class<?> javaType) {
    AssociationType type = REGISTRY.get(javaType);
    if (type == null && !EntityRelations.class.isAssignableFrom(javaType)) {
      // An entity extends its ERelations; anything else may be an association table.
      AssociationType read = Bootstrap.association(javaType);
      if (read != null) {
        AssociationType known = REGISTRY.putIfAbsent(javaType, read);
        return known != null ? known : read;
      }
    }
    return type;
  }

  public Class<?> declaringType() {
    return declaringType;
  }

  public Table<Record> table() {
    return table;
  }

  public List<Attribute<?, ?>> columns() {
    return columns;
  }

  /**
   * The typed jOOQ field of the column mapped by the Java field {@code javaName}; an error naming
   * the column and both types when its Java type is not {@code type}.
   */
  @SuppressWarnings("unchecked") // checked against the column's type just before
  public <T> Field<T> field(String javaName, Class<T> type) {
    Attribute<?, ?> c = column(javaName);
    Class<?> actual = c.field().getType();
    if (!type.equals(actual)) {
      throw new IllegalArgumentException(
          c + " holds " + actual.getName() + ", not " + type.getName());
    }
    return (Field<T>) c.field();
  }

  /** The column mapped by the Java field {@code javaName}; an error when there is none. */
  Attribute<?, ?> column(String javaName) {
    for (Attribute<?, ?> c : columns) {
      if (c.name().equals(javaName)) {
        return c;
      }
    }
    throw new IllegalArgumentException(this + " has no column " + javaName);
  }

  @Override
  public String toString() {
    return table.getName();
  }
}
