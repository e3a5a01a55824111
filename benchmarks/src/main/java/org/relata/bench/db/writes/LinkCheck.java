package org.relata.bench.db.writes;

import java.sql.SQLException;
import org.relata.bench.db.BenchSchema;
import org.relata.bench.db.Database;

/** Checks, before each rollback, that a variant really wrote what the workload asks for. */
final class LinkCheck {
  private LinkCheck() {}

  static void expectRows(Database db, LinkScenario scenario) throws SQLException {
    long rows = BenchSchema.linkCount(db);
    if (rows != scenario.expectedLinkRows()) {
      throw new IllegalStateException(
          scenario + " left " + rows + " link rows; expected " + scenario.expectedLinkRows());
    }
  }
}
