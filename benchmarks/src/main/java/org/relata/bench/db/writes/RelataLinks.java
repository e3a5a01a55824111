package org.relata.bench.db.writes;

import java.util.List;
import org.relata.bench.db.Database;
import org.relata.bench.db.model.RChild;
import org.relata.bench.db.model.RChildRelations;
import org.relata.bench.db.model.RParent;
import org.relata.runtime.Session;

/**
 * Relata: the parents, their collections (read once) and the children are loaded before the clock
 * starts.
 */
final class RelataLinks extends OrmLinks<RChild> {
  private Session session;

  RelataLinks(Database db, LinkScenario scenario) {
    super(db, scenario);
  }

  @Override
  public void prepare() {
    session = Session.open(db.dsl());
    for (RParent p : session.select(RParent.class, RParent.ID.in(scenario.parents()))) {
      List<RChild> c = p.getChildren();
      c.size();
      collections.put(p.id(), c);
    }
    for (RChild c : session.select(RChild.class, RChildRelations.ID.in(scenario.children()))) {
      children.put(c.id(), c);
    }
  }

  @Override
  void flush() {
    session.flush();
  }

  @Override
  void rollbackAndClose() {
    session.close();
  }
}
