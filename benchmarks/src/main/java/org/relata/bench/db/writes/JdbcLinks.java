package org.relata.bench.db.writes;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.relata.bench.db.Database;

/** The floor: hand-written JDBC, one prepared statement per kind, every row in one batch. */
final class JdbcLinks extends JdbcTransaction {
  JdbcLinks(Database db, LinkScenario scenario) {
    super(db, scenario);
  }

  @Override
  public void measured() throws SQLException {
    batch("delete from parent_child where parent_id = ? and child_id = ?", scenario.removed());
    batch("insert into parent_child (parent_id, child_id) values (?, ?)", scenario.added());
  }

  private void batch(String sql, List<LinkScenario.Link> links) throws SQLException {
    if (links.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (links.size() == 1) {
        ps.setLong(1, links.get(0).parent());
        ps.setLong(2, links.get(0).child());
        ps.executeUpdate();
        return;
      }
      for (LinkScenario.Link l : links) {
        ps.setLong(1, l.parent());
        ps.setLong(2, l.child());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
