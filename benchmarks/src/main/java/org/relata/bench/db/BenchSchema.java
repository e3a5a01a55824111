package org.relata.bench.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The tables every variant shares, written once in plain SQL so that no library's own DDL gives it
 * an advantage, and the seed rows, committed before any measurement.
 */
public final class BenchSchema {
  /** Parents 1..100 take part in the 10,000-link insert; this one holds the 1,000 links. */
  public static final long BIG_PARENT = 1000;

  public static final int SMALL_PARENTS = 100;
  public static final int CHILDREN = 1500;
  public static final int BIG_LINKS = 1000;
  public static final int OWNERS = 1000;
  public static final int ITEMS_PER_OWNER = 10;

  private BenchSchema() {}

  public static void create(Database db) throws SQLException {
    db.execute(
        "drop table if exists parent_child",
        "drop table if exists item",
        "drop table if exists parent",
        "drop table if exists child",
        "drop table if exists owner",
        "create table parent (id bigint primary key, name varchar(100))",
        "create table child (id bigint primary key, name varchar(100))",
        "create table parent_child (parent_id bigint not null references parent (id),"
            + " child_id bigint not null references child (id), primary key (parent_id, child_id))",
        "create table owner (id bigint primary key, name varchar(100))",
        "create table item (id bigint primary key, name varchar(100), owner_id bigint references owner (id))",
        "create index item_owner_id on item (owner_id)");
    Connection c = db.dataSource().getConnection();
    c.setAutoCommit(false);
    try {
      insert(c, "insert into parent (id, name) values (?, ?)", 1, SMALL_PARENTS, "parent");
      insert(c, "insert into parent (id, name) values (?, ?)", BIG_PARENT, BIG_PARENT, "parent");
      insert(c, "insert into child (id, name) values (?, ?)", 1, CHILDREN, "child");
      try (PreparedStatement ps =
          c.prepareStatement("insert into parent_child (parent_id, child_id) values (?, ?)")) {
        for (long child = 1; child <= BIG_LINKS; child++) {
          ps.setLong(1, BIG_PARENT);
          ps.setLong(2, child);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      insert(c, "insert into owner (id, name) values (?, ?)", 1, OWNERS, "owner");
      try (PreparedStatement ps =
          c.prepareStatement("insert into item (id, name, owner_id) values (?, ?, ?)")) {
        long id = 1;
        for (long owner = 1; owner <= OWNERS; owner++) {
          for (int i = 0; i < ITEMS_PER_OWNER; i++, id++) {
            ps.setLong(1, id);
            ps.setString(2, "item " + id);
            ps.setLong(3, owner);
            ps.addBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
    } finally {
      c.setAutoCommit(true);
    }
    db.execute("analyze");
  }

  private static void insert(Connection c, String sql, long from, long to, String prefix)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (long id = from; id <= to; id++) {
        ps.setLong(1, id);
        ps.setString(2, prefix + " " + id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The number of rows in {@code parent_child}, seen from the shared connection's transaction. */
  public static long linkCount(Database db) throws SQLException {
    try (var s = db.dataSource().getConnection().createStatement();
        var rs = s.executeQuery("select count(*) from parent_child")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
