package org.relata.bench.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs javac in a fresh JVM and reads back what {@link JavacMain} measured there. */
final class ForkedJavac {
  /**
   * What one forked compilation measured.
   *
   * @param compileNanos the javac call alone
   * @param processingNanos from the start of the first annotation processing round to the end of
   *     the last, or -1 when no processor ran
   * @param rounds the annotation processing rounds, 0 when no processor ran
   * @param wallNanos the whole fork, JVM start-up and exit included
   * @param peakRssBytes the JVM's peak resident set
   * @param peakHeapBytes the sum of the heap pools' peak occupancy during the call
   */
  record Result(
      long compileNanos,
      long processingNanos,
      int rounds,
      long wallNanos,
      long peakRssBytes,
      long peakHeapBytes) {}

  private ForkedJavac() {}

  /** Compiles with {@code javacArgs} (written to an argument file, one per line) in a new JVM. */
  static Result run(List<String> javacArgs, Path workDir) throws IOException, InterruptedException {
    Path argFile = workDir.resolve("javac.args");
    Files.write(argFile, javacArgs);
    ForkedJvm.Output o =
        ForkedJvm.run(
            JavacMain.class, "", List.of(argFile.toString()), workDir.resolve("javac.log"));
    return new Result(
        o.get("nanos"),
        o.get("processingNanos"),
        (int) o.get("rounds"),
        o.wallNanos(),
        o.get("rssKb") * 1024,
        o.get("heapBytes"));
  }
}
