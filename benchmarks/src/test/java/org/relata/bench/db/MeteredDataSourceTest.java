package org.relata.bench.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counting JDBC wrapper counts what really reaches H2, and stays out of the way otherwise. */
class MeteredDataSourceTest {
  private Connection physical;
  private MeteredDataSource ds;

  @BeforeEach
  void open() throws Exception {
    physical = DriverManager.getConnection("jdbc:h2:mem:metered_test");
    ds = new MeteredDataSource(physical);
    try (Statement s = ds.getConnection().createStatement()) {
      s.execute("create table t (id bigint primary key, v varchar(10))");
    }
  }

  @AfterEach
  void close() throws Exception {
    ds.closePhysical();
  }

  @Test
  void countsBatchEntriesRoundTripsRowsAndQueries() throws Exception {
    ds.startMetering();
    Connection c = ds.getConnection();
    try (PreparedStatement ps = c.prepareStatement("insert into t (id, v) values (?, ?)")) {
      for (long i = 1; i <= 3; i++) {
        ps.setLong(1, i);
        ps.setString(2, "x");
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("update t set v = 'y' where id <= 2")) {
      ps.executeUpdate();
    }
    try (Statement s = c.createStatement()) {
      s.execute("delete from t where id = 3");
      try (ResultSet rs = s.executeQuery("select count(*) from t")) {
        rs.next();
      }
    }
    Counts counts = ds.stopMetering();
    assertEquals(new Counts(1, 5, 3, 6), counts);
  }

  @Test
  void closeLeavesTheSharedConnectionOpenAndMeteringOffCountsNothing() throws Exception {
    Connection c = ds.getConnection();
    c.close();
    assertFalse(physical.isClosed());
    assertSame(c, ds.getConnection());
    try (Statement s = c.createStatement()) {
      s.execute("insert into t (id, v) values (9, 'z')");
    }
    ds.startMetering();
    assertEquals(new Counts(0, 0, 0, 0), ds.stopMetering());
  }
}
