package org.relata.runtime.meta;

import java.util.List;
import java.util.Objects;
import org.jooq.Record;
import org.jooq.Table;

/**
 * A pure link table declared with {@code @AssociationTable}: its name and its foreign-key columns,
 * which together form its primary key.
 */
public final class AssociationType {
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
    return new AssociationType(
        Objects.requireNonNull(declaringType), Objects.requireNonNull(table), List.copyOf(columns));
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
