package org.relata.bench.db.loads;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.relata.bench.db.model.HOwner;

/**
 * Hibernate loading: a fetch join ({@code left join fetch o.items}, one query), or a plain owner
 * query whose collections then batch-fetch ({@code @BatchSize(size = 1000)}).
 */
final class HibernateLoads extends LoadTrial {
  private final SessionFactory factory;
  private final boolean fetchJoin;
  private Session session;

  HibernateLoads(SessionFactory factory, boolean fetchJoin) {
    this.factory = factory;
    this.fetchJoin = fetchJoin;
  }

  @Override
  public void prepare() {
    session = factory.openSession();
    session.beginTransaction();
  }

  @Override
  void load() {
    String hql =
        fetchJoin ? "select o from HOwner o left join fetch o.items" : "select o from HOwner o";
    long owners = 0;
    long items = 0;
    for (HOwner o : session.createQuery(hql, HOwner.class).list()) {
      owners++;
      items += o.getItems().size();
    }
    saw(owners, items);
  }

  @Override
  void close() {
    try {
      session.getTransaction().rollback();
    } finally {
      session.close();
    }
  }
}
