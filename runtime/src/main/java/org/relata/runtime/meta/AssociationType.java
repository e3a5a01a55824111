package org.relata.runtime.meta;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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

  private AssociationType(
      Class<?> declaringType, Table<Record> table, List<Attribute<?, ?>> columns) {
    this.declaringType = declaringType;
    this.table = table;
    this.columns = columns;
  }

  /** Describes the link table {@code table}; every column must be a foreign key. */
  public static AssociationType of(
      Class<?> declaringType, Table<Record> table, List<Attribute<?, ?>> columns) {
    for (Attribute<?, ?> c : columns) {
      if (!c.isForeignKey()) {
        throw new IllegalArgumentException(c + " of an association table must be a foreign key");
      }
    }
    AssociationType type =
        new AssociationType(
            Objects.requireNonNull(declaringType),
            Objects.requireNonNull(table),
            List.copyOf(columns));
    REGISTRY.put(declaringType, type);
    return type;
  }

  /** Every association table registered so far, in no particular order; for error messages. */
  public static List<AssociationType> registered() {
    return List.copyOf(REGISTRY.values());
  }

  /**
   * The link table that the {@code @AssociationTable} class {@code javaType} declares, or null when
   * it is not one. The first call initialises its generated {@code X_} class.
   */
  public static AssociationType lookup(Class<?> javaType) {
    AssociationType type = REGISTRY.get(javaType);
    if (type == null) {
      try {
        Class.forName(EntityType.metamodelName(javaType), true, javaType.getClassLoader());
      } catch (ClassNotFoundException e) {
        return null;
      }
      type = REGISTRY.get(javaType);
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

  @Override
  public String toString() {
    return table.getName();
  }
}
