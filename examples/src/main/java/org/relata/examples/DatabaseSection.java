package org.relata.examples;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens the embedded H2 database that the persistence parts of the demo use. */
final class DatabaseSection implements DemoSection {
  @Override
  public String title() {
    return "Embedded database";
  }

  @Override
  public void run(Narrator n) {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:relata_demo")) {
      String version = c.getMetaData().getDatabaseProductVersion();
      n.step("Connected to embedded H2", () -> {});
      n.fact("H2 version", () -> version);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not open the embedded H2 database", e);
    }
  }
}
