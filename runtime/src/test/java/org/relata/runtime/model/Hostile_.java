package org.relata.runtime.model;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/** A hand-written metamodel for {@link Hostile}, with names no annotation could pass. */
public final class Hostile_ {
  public static final String TABLE_NAME = "x\"; drop table \"victim\"; --";
  public static final String NOTE_NAME = "note\" text); drop table \"victim\"; --";

  public static final Table<Record> TABLE = DSL.table(DSL.name(TABLE_NAME));
  public static final Field<Long> ID = DSL.field(DSL.name(TABLE_NAME, "id"), SQLDataType.BIGINT);
  public static final Field<String> NOTE =
      DSL.field(DSL.name(TABLE_NAME, NOTE_NAME), SQLDataType.VARCHAR(100));

  public static final EntityType<Hostile> TYPE =
      EntityType.builder(Hostile.class, TABLE, Hostile::new)
          .attribute(Attribute.of(Hostile.class, "id", ID, h -> h.id, (h, v) -> h.id = v).asId())
          .attribute(Attribute.of(Hostile.class, "note", NOTE, h -> h.note, (h, v) -> h.note = v))
          .build();

  private Hostile_() {}
}
