package org.relata.bench.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs javac in a fresh JVM and reads back what {@link JavacMain} measured there.
 *
 * <p>Every run gets the same JVM flags: the serial collector, so that the resident set follows what
 * javac actually needs rather than a concurrent collector's head room, and a 2 GiB cap.
 */
final class ForkedJavac {
  /** JVM flags of every forked compile run. */
  static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx2g");

  /** What one forked compilation measured. */
  record Result(long compileNanos, long wallNanos, long peakRssBytes, long peakHeapBytes) {}

  private ForkedJavac() {}

  /** Compiles with {@code javacArgs} (written to an argument file) in a new JVM. */
  static Result run(List<String> javacArgs, Path workDir) throws IOException, InterruptedException {
    Path argFile = workDir.resolve("javac.args");
    List<String> quoted = new ArrayList<>();
    for (String a : javacArgs) {
      quoted.add('"' + a.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
    }
    Files.write(argFile, quoted);
    Path log = workDir.resolve("javac.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    command.add("-cp");
    command.add(ownLocation());
    command.add(JavacMain.class.getName());
    command.add("@" + argFile);
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("javac did not finish in 10 minutes; log: " + log);
    }
    long wall = System.nanoTime() - start;
    List<String> lines = Files.readAllLines(log);
    String result =
        lines.stream().filter(l -> l.startsWith(JavacMain.RESULT)).findFirst().orElse(null);
    if (p.exitValue() != 0 || result == null) {
      throw new IllegalStateException(
          "javac failed (exit "
              + p.exitValue()
              + "):\n"
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
    }
    return new Result(
        value(result, "nanos"), wall, value(result, "rssKb") * 1024, value(result, "heapBytes"));
  }

  private static long value(String line, String key) {
    for (String part : line.split(" ")) {
      if (part.startsWith(key + "=")) {
        return Long.parseLong(part.substring(key.length() + 1));
      }
    }
    throw new IllegalStateException("no " + key + " in " + line);
  }

  /** Where {@link JavacMain} is loaded from: the child needs nothing else on its own class path. */
  private static String ownLocation() {
    try {
      return Path.of(JavacMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
