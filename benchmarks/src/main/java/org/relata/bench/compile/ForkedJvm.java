package org.relata.bench.compile;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of this module in a fresh JVM and reads back the one result line it prints.
 *
 * <p>Every fork gets the same JVM flags: the serial collector, so that the resident set follows
 * what the work actually needs rather than a concurrent collector's head room, and a 2 GiB cap.
 */
final class ForkedJvm {
  /** JVM flags of every fork. */
  static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx2g");

  /** The prefix of the one line the parent reads. */
  private static final String RESULT = "BENCH-RESULT";

  /** What a fork printed on its result line, by key, and how long the whole fork took. */
  record Output(Map<String, Long> values, long wallNanos) {
    long get(String key) {
      Long v = values.get(key);
      if (v == null) {
        throw new IllegalStateException("the fork reported no " + key + ": " + values);
      }
      return v;
    }
  }

  private ForkedJvm() {}

  /**
   * Runs {@code main} with {@code args} in a new JVM whose class path is {@code classPath} followed
   * by this module's classes; its output goes to {@code log}.
   */
  static Output run(Class<?> main, String classPath, List<String> args, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    command.add("-cp");
    command.add(
        classPath.isEmpty()
            ? ownLocation()
            : classPath + java.io.File.pathSeparator + ownLocation());
    command.add(main.getName());
    command.addAll(args);
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(
          main.getSimpleName() + " did not finish in 10 minutes; log: " + log);
    }
    long wall = System.nanoTime() - start;
    List<String> lines = Files.readAllLines(log);
    String result = lines.stream().filter(l -> l.startsWith(RESULT)).findFirst().orElse(null);
    if (p.exitValue() != 0 || result == null) {
      throw new IllegalStateException(
          main.getSimpleName()
              + " failed (exit "
              + p.exitValue()
              + "):\n"
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
    }
    Map<String, Long> values = new LinkedHashMap<>();
    for (String part : result.substring(RESULT.length()).trim().split(" ")) {
      int eq = part.indexOf('=');
      values.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
    }
    return new Output(values, wall);
  }

  /** In the fork: prints the result line that {@link #run} reads. */
  static void printResult(PrintStream out, Map<String, Long> values) {
    StringBuilder line = new StringBuilder(RESULT);
    values.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
    out.println(line);
  }

  /** Where this module's classes are loaded from. */
  private static String ownLocation() {
    try {
      return Path.of(ForkedJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
