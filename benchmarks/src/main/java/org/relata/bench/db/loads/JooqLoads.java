package org.relata.bench.db.loads;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.Table;
import org.relata.bench.db.Database;

/** Hand-written jOOQ loading: one LEFT JOIN grouped in Java, or one query with a MULTISET. */
final class JooqLoads extends LoadTrial {
  private static final Table<Record> OWNER = table(name("owner"));
  private static final Field<Long> OWNER_ID = field(name("owner", "id"), Long.class);
  private static final Field<String> OWNER_NAME = field(name("owner", "name"), String.class);
  private static final Table<Record> ITEM = table(name("item"));
  private static final Field<Long> ITEM_ID = field(name("item", "id"), Long.class);
  private static final Field<String> ITEM_NAME = field(name("item", "name"), String.class);
  private static final Field<Long> ITEM_OWNER_ID = field(name("item", "owner_id"), Long.class);

  private final Database db;
  private final boolean multiset;

  JooqLoads(Database db, boolean multiset) {
    this.db = db;
    this.multiset = multiset;
  }

  @Override
  void load() {
    List<PlainOwner> owners = multiset ? viaMultiset() : viaJoin();
    long items = 0;
    for (PlainOwner o : owners) {
      items += o.items.size();
    }
    saw(owners.size(), items);
  }

  private List<PlainOwner> viaJoin() {
    List<PlainOwner> owners = new ArrayList<>();
    PlainOwner current = null;
    for (Record4<Long, String, Long, String> r :
        db.dsl()
            .select(OWNER_ID, OWNER_NAME, ITEM_ID, ITEM_NAME)
            .from(OWNER)
            .leftJoin(ITEM)
            .on(ITEM_OWNER_ID.eq(OWNER_ID))
            .orderBy(OWNER_ID)
            .fetch()) {
      long id = r.value1();
      if (current == null || current.id != id) {
        current = new PlainOwner(id, r.value2());
        owners.add(current);
      }
      if (r.value3() != null) {
        current.items.add(new PlainOwner.PlainItem(r.value3(), r.value4()));
      }
    }
    return owners;
  }

  private List<PlainOwner> viaMultiset() {
    List<PlainOwner> owners = new ArrayList<>();
    Field<Result<Record2<Long, String>>> items =
        multiset(select(ITEM_ID, ITEM_NAME).from(ITEM).where(ITEM_OWNER_ID.eq(OWNER_ID)))
            .as("items");
    for (var r : db.dsl().select(OWNER_ID, OWNER_NAME, items).from(OWNER).fetch()) {
      PlainOwner o = new PlainOwner(r.value1(), r.value2());
      for (Record2<Long, String> i : r.value3()) {
        o.items.add(new PlainOwner.PlainItem(i.value1(), i.value2()));
      }
      owners.add(o);
    }
    return owners;
  }

  @Override
  void close() {
    // Nothing held between runs.
  }
}
