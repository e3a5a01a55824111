package org.relata.examples;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The runnable tour of Relata; it grows with the library. */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:relata_demo")) {
      System.out.println("1. Connected to embedded H2 " + c.getMetaData().getDatabaseProductVersion());
    }
  }
}
