package org.relata.runtime.model;

import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.relata.OnDelete;
import org.relata.runtime.meta.AssociationType;
import org.relata.runtime.meta.Attribute;

/** As generated for an {@code @AssociationTable("association")} class named Association. */
public final class Association_ {
  public static final Table<Record> TABLE = DSL.table(DSL.name("association"));
  public static final Field<Long> LEFT_ID =
      DSL.field(DSL.name("association", "left_id"), SQLDataType.BIGINT);
  public static final Field<Long> RIGHT_ID =
      DSL.field(DSL.name("association", "right_id"), SQLDataType.BIGINT);

  public static final AssociationType TYPE =
      AssociationType.of(
          Association_.class,
          TABLE,
          List.of(
              Attribute.linkColumn(Object.class, "leftId", LEFT_ID)
                  .references(() -> Parent_.TYPE, OnDelete.NO_ACTION),
              Attribute.linkColumn(Object.class, "rightId", RIGHT_ID)
                  .references(() -> Child_.TYPE, OnDelete.NO_ACTION)));

  private Association_() {}
}
