package org.relata.bench.db.loads;

import java.util.List;
import java.util.function.Function;
import org.jooq.impl.DSL;
import org.relata.bench.db.Database;
import org.relata.runtime.Session;

/**
 * Relata loading: {@code session.select} of every owner, then each owner's items, in an owner class
 * whose relationship declares the {@code Lazy} strategy under test.
 */
final class RelataLoads<O> extends LoadTrial {
  private final Database db;
  private final Class<O> ownerType;
  private final Function<O, List<?>> items;
  private Session session;

  RelataLoads(Database db, Class<O> ownerType, Function<O, List<?>> items) {
    this.db = db;
    this.ownerType = ownerType;
    this.items = items;
  }

  @Override
  public void prepare() {
    session = Session.open(db.dsl());
  }

  @Override
  void load() {
    List<O> owners = session.select(ownerType, DSL.noCondition());
    long count = 0;
    for (O o : owners) {
      count += items.apply(o).size();
    }
    saw(owners.size(), count);
  }

  @Override
  void close() {
    session.close();
  }
}
