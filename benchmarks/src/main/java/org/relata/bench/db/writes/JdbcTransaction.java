package org.relata.bench.db.writes;

import java.sql.Connection;
import java.sql.SQLException;
import org.relata.bench.db.Database;
import org.relata.bench.db.Trial;

/**
 * A trial on the shared connection in a transaction of its own: begun in {@link #prepare}, checked
 * and rolled back in {@link #finish}, so the seed rows are the same for the next repetition.
 */
abstract class JdbcTransaction implements Trial {
  final Database db;
  final LinkScenario scenario;
  Connection connection;

  JdbcTransaction(Database db, LinkScenario scenario) {
    this.db = db;
    this.scenario = scenario;
  }

  @Override
  public void prepare() throws Exception {
    connection = db.dataSource().getConnection();
    connection.setAutoCommit(false);
  }

  @Override
  public void finish() throws SQLException {
    try {
      LinkCheck.expectRows(db, scenario);
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }
}
