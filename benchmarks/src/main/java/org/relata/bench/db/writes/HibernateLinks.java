package org.relata.bench.db.writes;

import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.relata.bench.db.Database;
import org.relata.bench.db.model.HChild;
import org.relata.bench.db.model.HParentList;
import org.relata.bench.db.model.HParentSet;

/**
 * Hibernate ORM with the links mapped as a {@code @ManyToMany Set} or {@code List}: the parents are
 * fetched with their collections, and the children loaded, before the clock starts.
 */
final class HibernateLinks extends OrmLinks<HChild> {
  private final SessionFactory factory;
  private final boolean asList;
  private Session session;
  private Transaction tx;

  HibernateLinks(Database db, SessionFactory factory, LinkScenario scenario, boolean asList) {
    super(db, scenario);
    this.factory = factory;
    this.asList = asList;
  }

  @Override
  public void prepare() {
    session = factory.openSession();
    tx = session.beginTransaction();
    List<Long> parentIds = List.copyOf(scenario.parents());
    if (asList) {
      for (HParentList p :
          session
              .createQuery(
                  "select distinct p from HParentList p left join fetch p.children where p.id in :ids",
                  HParentList.class)
              .setParameter("ids", parentIds)
              .list()) {
        collections.put(p.getId(), p.getChildren());
      }
    } else {
      for (HParentSet p :
          session
              .createQuery(
                  "select distinct p from HParentSet p left join fetch p.children where p.id in :ids",
                  HParentSet.class)
              .setParameter("ids", parentIds)
              .list()) {
        collections.put(p.getId(), p.getChildren());
      }
    }
    // The fetched collections already hold some children; this query returns those same
    // instances, so identity-based remove() finds them.
    for (HChild c :
        session
            .createQuery("from HChild c where c.id in :ids", HChild.class)
            .setParameter("ids", List.copyOf(scenario.children()))
            .list()) {
      children.put(c.id(), c);
    }
  }

  @Override
  void flush() {
    session.flush();
  }

  @Override
  void rollbackAndClose() {
    try {
      tx.rollback();
    } finally {
      session.close();
    }
  }
}
