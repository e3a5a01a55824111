package org.relata.bench.db.finders;

import java.util.List;
import org.relata.bench.db.Database;
import org.relata.bench.db.model.RItemSelect;
import org.relata.bench.db.model.RItems;
import org.relata.bench.db.model.RItems_;
import org.relata.runtime.Session;

/**
 * Relata: the generated repository's finder, or the same query written on the session by hand; the
 * results are managed objects of a session opened before the clock starts.
 */
final class RelataFinder extends FinderTrial {
  private final Database db;
  private final boolean repository;
  private Session session;
  private RItems items;

  RelataFinder(Database db, boolean repository) {
    this.db = db;
    this.repository = repository;
  }

  @Override
  public void prepare() {
    session = Session.open(db.dsl());
    items = new RItems_(session);
  }

  @Override
  int find(long ownerId) {
    List<RItemSelect> found =
        repository
            ? items.byOwnerId(ownerId)
            : session
                .query(RItemSelect.class)
                .where(RItemSelect.OWNER_ID.eq(ownerId))
                .orderBy(RItemSelect.ID.asc())
                .list();
    int length = 0;
    for (RItemSelect i : found) {
      length += i.getName().length();
    }
    saw(found.size());
    return length;
  }

  @Override
  void close() {
    session.close();
  }
}
