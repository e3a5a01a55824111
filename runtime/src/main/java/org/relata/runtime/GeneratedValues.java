package org.relata.runtime;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/**
 * The columns the database supplies ({@code @Column(generated = true)}): which statements leave
 * them out, and how their values come back into the object after an INSERT or UPDATE.
 */
final class GeneratedValues {
  /** The dialects where jOOQ renders {@code RETURNING} for both INSERT and UPDATE. */
  private static final Set<SQLDialect> RETURNING =
      EnumSet.of(
          SQLDialect.POSTGRES,
          SQLDialect.H2,
          SQLDialect.YUGABYTEDB,
          SQLDialect.FIREBIRD,
          SQLDialect.MARIADB,
          SQLDialect.SQLITE);

  private GeneratedValues() {}

  /** Whether statements on {@code dsl} can return the generated values themselves. */
  static boolean returning(DSLContext dsl) {
    return RETURNING.contains(dsl.dialect().family());
  }

  /** The fields to read back for {@code s}: its generated id when {@code withId}, then the rest. */
  static List<Field<?>> fields(EntityType<Object> type, boolean withId) {
    List<Field<?>> fields = new ArrayList<>();
    if (withId) {
      fields.add(type.ids().get(0).field());
    }
    for (Attribute<Object, ?> a : type.generated()) {
      fields.add(a.field());
    }
    return fields;
  }

  /**
   * Puts the generated values of {@code r}, read with {@link #fields fields(type, false)} from
   * position {@code from} on, into the object, journaled.
   */
  static void store(Journal journal, EntityState s, Record r, int from) {
    List<Attribute<Object, ?>> generated = s.type.generated();
    for (int i = 0; i < generated.size(); i++) {
      Attribute<Object, ?> a = generated.get(i);
      journal.set(a, s.entity, a.field().getDataType().convert(r.get(from + i)));
    }
  }

  /**
   * Reads the generated values of the stored row of {@code s} by its key, where the statement that
   * wrote it could not return them.
   */
  static void select(DSLContext dsl, Journal journal, EntityState s) {
    Record r =
        dsl.select(fields(s.type, false))
            .from(s.type.table())
            .where(Keys.equal(s.type, Keys.of(s.type, s.entity)))
            .fetchOne();
    if (r == null) {
      throw new ConflictException(
          s.type.table().getName(),
          "The row of "
              + s.describe()
              + " was gone when its generated columns were read back; "
              + FlushWriter.GONE,
          null);
    }
    store(journal, s, r, 0);
  }

  /**
   * Refuses a change to a generated column of a stored object: the database supplies the value, so
   * the change could not be written, and it is not dropped silently.
   */
  static void refuseChange(EntityState s, Attribute<Object, ?> a) {
    throw new ObjectStateException(
        "Cannot update "
            + s.describe()
            + ": "
            + a
            + " changed, but the database generates column "
            + a.field().getName()
            + " (@Column(generated = true)), so Relata never writes it. Leave the field as it was"
            + " read, or remove generated = true if the application should write it.");
  }
}
