package org.relata.bench.db.finders;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Table;
import org.relata.bench.db.Database;

/** The same query by hand in jOOQ: the items of one owner, mapped to plain objects. */
final class JooqFinder extends FinderTrial {
  private static final Table<Record> ITEM = table(name("item"));
  private static final Field<Long> ID = field(name("item", "id"), Long.class);
  private static final Field<String> NAME = field(name("item", "name"), String.class);
  private static final Field<Long> OWNER_ID = field(name("item", "owner_id"), Long.class);

  /** An item as a hand-written mapping holds it. */
  record PlainItem(Long id, String name, Long ownerId) {}

  private final Database db;

  JooqFinder(Database db) {
    this.db = db;
  }

  @Override
  int find(long ownerId) {
    List<PlainItem> items = new ArrayList<>();
    for (Record3<Long, String, Long> r :
        db.dsl().select(ID, NAME, OWNER_ID).from(ITEM).where(OWNER_ID.eq(ownerId)).orderBy(ID)) {
      items.add(new PlainItem(r.value1(), r.value2(), r.value3()));
    }
    int length = 0;
    for (PlainItem i : items) {
      length += i.name().length();
    }
    saw(items.size());
    return length;
  }

  @Override
  void close() {
    // Nothing was opened.
  }
}
