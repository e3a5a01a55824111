package org.relata.bench.compile;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the jars that a forked javac needs out of the harness's own class path, so that every
 * compile variant gets exactly its own class path and processor path and nothing more.
 */
final class Classpaths {
  private final List<String> entries;

  Classpaths(String classPath) {
    this.entries = List.of(classPath.split(File.pathSeparator));
  }

  static Classpaths ofThisJvm() {
    return new Classpaths(System.getProperty("java.class.path"));
  }

  /**
   * The entries for the given artifact ids, in that order. A Maven artifact is found as its jar
   * ({@code artifactId-version.jar}); a Relata module of the reactor also as its {@code
   * target/classes} directory. A missing artifact is an error, never silently skipped.
   */
  String select(String... artifactIds) {
    List<String> picked = new ArrayList<>();
    for (String id : artifactIds) {
      String found = null;
      for (String e : entries) {
        if (matches(Path.of(e), id)) {
          found = e;
          break;
        }
      }
      if (found == null) {
        throw new IllegalStateException(
            "artifact " + id + " is not on the harness class path: " + entries);
      }
      picked.add(found);
    }
    return String.join(File.pathSeparator, picked);
  }

  private static boolean matches(Path entry, String artifactId) {
    String name = entry.getFileName().toString();
    if (name.endsWith(".jar") && name.startsWith(artifactId + "-")) {
      return Character.isDigit(name.charAt(artifactId.length() + 1));
    }
    if (artifactId.startsWith("relata-") && name.equals("classes") && entry.getParent() != null) {
      Path module = entry.getParent().getParent();
      return module != null
          && module.getFileName().toString().equals(artifactId.substring("relata-".length()));
    }
    return false;
  }
}
