package org.relata.it.sqlalchemy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.relata.it.session.Backend;
import org.relata.it.session.TestDatabase;

/**
 * The base of the tests ported from SQLAlchemy's ORM suite: one database per backend for the whole
 * test class (an H2 database, a schema of the shared PostgreSQL), emptied before each use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortedTest {
  private final Map<Backend, TestDatabase> databases = new EnumMap<>(Backend.class);

  /** The entity classes whose tables the test class needs. */
  abstract Class<?>[] model();

  /** The class's database on {@code backend}, empty, with an empty statement log. */
  TestDatabase db(Backend backend) {
    TestDatabase db = databases.get(backend);
    if (db == null) {
      db = new TestDatabase(backend, model());
      databases.put(backend, db);
    } else {
      db.wipe();
    }
    return db;
  }

  @AfterAll
  void closeDatabases() {
    for (TestDatabase db : databases.values()) {
      db.close();
    }
    databases.clear();
  }
}
