package org.relata.bench.db.writes;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.bench.db.Database;

/** Hand-written jOOQ: one batch per statement kind, or a single statement for a single row. */
final class JooqLinks extends JdbcTransaction {
  private static final Table<Record> LINK = table(name("parent_child"));
  private static final Field<Long> PARENT_ID = field(name("parent_child", "parent_id"), Long.class);
  private static final Field<Long> CHILD_ID = field(name("parent_child", "child_id"), Long.class);

  JooqLinks(Database db, LinkScenario scenario) {
    super(db, scenario);
  }

  @Override
  public void measured() {
    DSLContext dsl = db.dsl();
    batch(
        dsl,
        dsl.deleteFrom(LINK).where(PARENT_ID.eq((Long) null)).and(CHILD_ID.eq((Long) null)),
        scenario.removed());
    batch(
        dsl,
        dsl.insertInto(LINK, PARENT_ID, CHILD_ID).values((Long) null, (Long) null),
        scenario.added());
  }

  private static void batch(DSLContext dsl, Query query, List<LinkScenario.Link> links) {
    if (links.isEmpty()) {
      return;
    }
    if (links.size() == 1) {
      query.bind(1, links.get(0).parent()).bind(2, links.get(0).child()).execute();
      return;
    }
    BatchBindStep batch = dsl.batch(query);
    for (LinkScenario.Link l : links) {
      batch = batch.bind(l.parent(), l.child());
    }
    batch.execute();
  }
}
