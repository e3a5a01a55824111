package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** The table and column factories that generated metamodels use. */
class TablesTest {
  enum Color {
    RED,
    GREEN
  }

  @Test
  void tableAndColumnAreQualifiedByName() {
    assertEquals(DSL.table(DSL.name("pet")), Tables.table("pet"));
    Field<Long> id = Tables.column("pet", "id", Long.class);
    assertEquals(List.of("pet", "id"), List.of(id.getQualifiedName().getName()));
    assertEquals(Long.class, id.getType());
  }

  @Test
  void enumColumnIsStoredByNameInAVarchar() {
    Field<Color> color = Tables.enumColumn("pet", "color", Color.class);
    assertEquals(Color.class, color.getType());
    assertEquals(SQLDataType.VARCHAR.getSQLDataType(), color.getDataType().getSQLDataType());
    assertEquals(String.class, color.getDataType().getConverter().fromType());
    assertEquals("GREEN", color.getDataType().getConverter().to(Color.GREEN));
  }
}
