package org.relata.processor.model;

import java.util.Objects;

/** How a resolved relationship joins its owner's table to its target's. */
public sealed interface JoinModel {
  /**
   * A direct foreign key.
   *
   * @param foreignKey the key column
   * @param holder the entity that declares {@code foreignKey}
   * @param ownerHoldsKey true when the relationship's owner is the holder (many-to-one)
   */
  record ForeignKeyJoin(ColumnModel foreignKey, EntityModel holder, boolean ownerHoldsKey)
      implements JoinModel {
    public ForeignKeyJoin {
      Objects.requireNonNull(foreignKey);
      Objects.requireNonNull(holder);
    }
  }

  /**
   * A {@code secondary} table: exactly one of {@code table} and {@code associationEntity} is set.
   *
   * @param table the {@code @AssociationTable}, or null
   * @param associationEntity the association-object {@code @Entity}, or null
   * @param ownerColumn the column that references the owner
   * @param targetColumn the column that references the target
   */
  record SecondaryJoin(
      AssociationTableModel table,
      EntityModel associationEntity,
      ColumnModel ownerColumn,
      ColumnModel targetColumn)
      implements JoinModel {
    public SecondaryJoin {
      if ((table == null) == (associationEntity == null)) {
        throw new IllegalArgumentException("exactly one of table and associationEntity");
      }
      Objects.requireNonNull(ownerColumn);
      Objects.requireNonNull(targetColumn);
    }

    /** The same join seen from the target: the two columns swap. */
    public SecondaryJoin reversed() {
      return new SecondaryJoin(table, associationEntity, targetColumn, ownerColumn);
    }
  }
}
