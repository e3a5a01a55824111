package org.relata.bench.compile;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The main class of a forked compile run: runs javac once in this fresh JVM, then prints how long
 * the compilation and its annotation processing took and how much memory the JVM needed for it.
 *
 * <p>The one argument is a file with javac's arguments, one per line; those ending in {@code .java}
 * are the sources, the others the options. Processing time is measured by a {@link TaskListener}
 * from the start of the first {@code ANNOTATION_PROCESSING} event to the end of the last, so it
 * covers every round, including javac parsing and entering the generated files for the next one.
 * Peak memory is the process's peak resident set size ({@code VmHWM} in /proc/self/status), which
 * includes the JVM's own baseline, and the sum of the heap pools' peak occupancy, whose peaks are
 * reset after a collection just before javac starts.
 */
public final class JavacMain {
  private JavacMain() {}

  public static void main(String[] args) throws IOException {
    List<String> options = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (String a : Files.readAllLines(Path.of(args[0]))) {
      (a.endsWith(".java") ? sources : options).add(a);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ProcessingClock clock = new ProcessingClock();
    resetHeapPeaks();
    long start = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavacTask task =
          (JavacTask)
              javac.getTask(
                  null, files, null, options, null, files.getJavaFileObjectsFromStrings(sources));
      task.addTaskListener(clock);
      ok = task.call();
    }
    long nanos = System.nanoTime() - start;
    long heap = heapPeak();
    Map<String, Long> result = new LinkedHashMap<>();
    result.put("nanos", nanos);
    result.put("processingNanos", clock.nanos());
    result.put("rounds", (long) clock.rounds);
    result.put("rssKb", peakRssKb());
    result.put("heapBytes", heap);
    ForkedJvm.printResult(System.out, result);
    System.exit(ok ? 0 : 1);
  }

  /** Times annotation processing, all rounds together. */
  private static final class ProcessingClock implements TaskListener {
    private long firstStart = -1;
    private long lastFinish = -1;
    private int rounds;

    @Override
    public void started(TaskEvent e) {
      if (e.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING && firstStart < 0) {
        firstStart = System.nanoTime();
      } else if (e.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING_ROUND) {
        rounds++;
      }
    }

    @Override
    public void finished(TaskEvent e) {
      if (e.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
        lastFinish = System.nanoTime();
      }
    }

    long nanos() {
      return firstStart < 0 || lastFinish < 0 ? -1 : lastFinish - firstStart;
    }
  }

  private static void resetHeapPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long heapPeak() {
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    return heap;
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
