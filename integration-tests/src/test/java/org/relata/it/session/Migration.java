package org.relata.it.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs plain SQL migration scripts the way Flyway runs them: the {@code V<n>__*.sql} files of a
 * folder in version order, each statement on its own through JDBC, auto-committed. A folder holds
 * one subfolder per database ({@code h2}, {@code postgresql}), as Flyway's {@code {vendor}}
 * locations do.
 */
final class Migration {
  private static final Pattern CREATE_SCHEMA =
      Pattern.compile("create\\s+schema\\s+\"?(\\w+)\"?", Pattern.CASE_INSENSITIVE);

  private Migration() {}

  /** Runs every script of {@code location} for {@code backend}; returns the schemas they create. */
  static List<String> run(Connection connection, String location, Backend backend) {
    String vendor = backend == Backend.H2 ? "h2" : "postgresql";
    URL url = Migration.class.getClassLoader().getResource(location + "/" + vendor);
    if (url == null) {
      throw new IllegalArgumentException("no migration folder " + location + "/" + vendor);
    }
    List<String> schemas = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<Path> scripts =
          files
              .filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
              .sorted((a, b) -> Integer.compare(version(a), version(b)))
              .toList();
      for (Path script : scripts) {
        for (String sql : statements(Files.readString(script, StandardCharsets.UTF_8))) {
          Matcher m = CREATE_SCHEMA.matcher(sql);
          if (m.lookingAt()) {
            schemas.add(m.group(1));
          }
          try (Statement st = connection.createStatement()) {
            st.execute(sql);
          } catch (SQLException e) {
            throw new IllegalStateException(script.getFileName() + " failed at: " + sql, e);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return schemas;
  }

  private static int version(Path script) {
    String name = script.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  /** The statements of a script: {@code --} comments dropped, split at each {@code ;}. */
  static List<String> statements(String script) {
    StringBuilder text = new StringBuilder();
    for (String line : script.split("\n")) {
      int comment = line.indexOf("--");
      text.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
    }
    List<String> statements = new ArrayList<>();
    for (String part : text.toString().split(";")) {
      String sql = part.strip();
      if (!sql.isEmpty()) {
        statements.add(sql);
      }
    }
    return statements;
  }
}
