package org.relata.runtime.meta;

import java.util.Objects;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** How a relationship joins its owner's table to its target's. */
public sealed interface Join {
  /**
   * A direct foreign key: {@code foreignKey} is a column of one side that references the other
   * side's id. {@code ownerHoldsKey} says which side: true for many-to-one, false for one-to-many
   * and one-to-one.
   */
  record ForeignKeyJoin(Attribute<?, ?> foreignKey, boolean ownerHoldsKey) implements Join {
    public ForeignKeyJoin {
      Objects.requireNonNull(foreignKey);
    }
  }

  /**
   * An association table: {@code ownerColumn} references the owner's id, {@code targetColumn} the
   * target's. {@code associationEntity} is the association object's type when {@code secondary}
   * names an {@code @Entity}, else null.
   */
  record SecondaryJoin(
      Table<Record> table,
      Field<?> ownerColumn,
      Field<?> targetColumn,
      AssociationType associationType,
      EntityType<?> associationEntity)
      implements Join {
    public SecondaryJoin {
      Objects.requireNonNull(table);
      Objects.requireNonNull(ownerColumn);
      Objects.requireNonNull(targetColumn);
    }
  }

  /** A join through {@code foreignKey}. */
  static Join foreignKey(Attribute<?, ?> foreignKey, boolean ownerHoldsKey) {
    return new ForeignKeyJoin(foreignKey, ownerHoldsKey);
  }

  /** A join through a pure association table. */
  static Join secondary(AssociationType table, Field<?> ownerColumn, Field<?> targetColumn) {
    return new SecondaryJoin(table.table(), ownerColumn, targetColumn, table, null);
  }

  /** A join through the table of an association-object entity. */
  static Join secondary(EntityType<?> entity, Field<?> ownerColumn, Field<?> targetColumn) {
    return new SecondaryJoin(entity.table(), ownerColumn, targetColumn, null, entity);
  }
}
