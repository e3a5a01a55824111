package org.relata.bench.db.writes;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.relata.bench.db.Database;
import org.relata.bench.db.Trial;

/**
 * An ORM's run of a link workload: {@code prepare} loads the parents' collections and the children
 * into the maps; the measured part changes the collections and flushes; {@code finish} checks the
 * rows and rolls back.
 */
abstract class OrmLinks<C> implements Trial {
  final Database db;
  final LinkScenario scenario;

  /** Each loaded parent's live collection, by parent id. */
  final Map<Long, Collection<C>> collections = new HashMap<>();

  /** The loaded children, by id. */
  final Map<Long, C> children = new HashMap<>();

  OrmLinks(Database db, LinkScenario scenario) {
    this.db = db;
    this.scenario = scenario;
  }

  /** Writes the pending changes. */
  abstract void flush();

  /** Rolls back and releases the session. */
  abstract void rollbackAndClose();

  @Override
  public final void measured() {
    for (LinkScenario.Link l : scenario.removed()) {
      collections.get(l.parent()).remove(children.get(l.child()));
    }
    for (LinkScenario.Link l : scenario.added()) {
      collections.get(l.parent()).add(children.get(l.child()));
    }
    flush();
  }

  @Override
  public final void finish() throws Exception {
    try {
      LinkCheck.expectRows(db, scenario);
    } finally {
      rollbackAndClose();
    }
  }
}
