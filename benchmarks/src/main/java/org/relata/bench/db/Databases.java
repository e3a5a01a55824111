package org.relata.bench.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;

/**
 * The databases of one harness run, each started and seeded once on first use and shared by the
 * write and load comparisons, with one Hibernate SessionFactory each.
 */
public final class Databases {
  /** The kinds of database every database comparison runs on. */
  public enum Kind {
    H2,
    POSTGRES
  }

  private static final Map<Kind, Database> OPEN = new LinkedHashMap<>();
  private static final Map<Kind, SessionFactory> FACTORIES = new LinkedHashMap<>();

  private Databases() {}

  /** The seeded database of this kind. */
  public static synchronized Database get(Kind kind) throws Exception {
    Database db = OPEN.get(kind);
    if (db == null) {
      System.out.println("[bench] starting " + kind);
      db = kind == Kind.H2 ? Database.h2() : Database.postgres();
      BenchSchema.create(db);
      OPEN.put(kind, db);
    }
    return db;
  }

  /** Hibernate's SessionFactory on the database of this kind. */
  public static synchronized SessionFactory hibernate(Kind kind) throws Exception {
    SessionFactory f = FACTORIES.get(kind);
    if (f == null) {
      f = HibernateFactory.build(get(kind));
      FACTORIES.put(kind, f);
    }
    return f;
  }

  /** Closes every SessionFactory and database; problems are printed, not thrown. */
  public static synchronized void closeAll() {
    List<AutoCloseable> all = new ArrayList<>(FACTORIES.values());
    all.addAll(OPEN.values());
    for (AutoCloseable c : all) {
      try {
        c.close();
      } catch (Exception e) {
        System.err.println("[bench] closing " + c + ": " + e);
      }
    }
    FACTORIES.clear();
    OPEN.clear();
  }
}
