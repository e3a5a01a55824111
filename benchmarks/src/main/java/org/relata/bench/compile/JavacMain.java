package org.relata.bench.compile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;

/**
 * The main class of a forked compile run: runs javac once in this fresh JVM, then prints how long
 * the compilation took and how much memory the JVM needed for it.
 *
 * <p>Peak memory is the process's peak resident set size ({@code VmHWM} in /proc/self/status),
 * which includes the JVM's own baseline; the peak heap occupancy is printed as well.
 */
public final class JavacMain {
  /** The prefix of the one line the parent reads. */
  static final String RESULT = "BENCH-RESULT";

  private JavacMain() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    int exit = ToolProvider.getSystemJavaCompiler().run(null, System.out, System.err, args);
    long nanos = System.nanoTime() - start;
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println(
        RESULT
            + " exit="
            + exit
            + " nanos="
            + nanos
            + " rssKb="
            + peakRssKb()
            + " heapBytes="
            + heap);
    System.exit(exit);
  }

  private static long peakRssKb() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
