package org.relata.bench.compile;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relata.runtime.meta.EntityType;

/**
 * The main class of a forked bootstrap run: the first use of every entity class of a compiled
 * model, in this fresh JVM, then how long it took (all of them, and the first alone, which pays for
 * whatever every entity shares) and how many classes the JVM loaded for it.
 *
 * <p>Arguments: what to do ({@code init}, {@code load} or {@code entityType}, see {@link Use}) and
 * a file with the entities' binary names, one per line.
 */
public final class BootstrapMain {
  /** What is done with every entity class, in the order of the file. */
  enum Use {
    /** {@code Class.forName(name, true, loader)}: loaded and initialised. */
    INIT,
    /**
     * {@code Class.forName(name, false, loader)}: loaded (with its superclasses), no initialiser.
     */
    LOAD,
    /** {@code EntityType.of(Class.forName(name, false, loader))}: Relata's first use. */
    ENTITY_TYPE
  }

  private BootstrapMain() {}

  public static void main(String[] args) throws Exception {
    Use use = Use.valueOf(args[0]);
    List<String> names = Files.readAllLines(Path.of(args[1]));
    ClassLoader loader = BootstrapMain.class.getClassLoader();
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    long loadedBefore = classes.getTotalLoadedClassCount();
    long start = System.nanoTime();
    long first = -1;
    for (String name : names) {
      switch (use) {
        case INIT -> Class.forName(name, true, loader);
        case LOAD -> Class.forName(name, false, loader);
        case ENTITY_TYPE -> check(EntityType.of(Class.forName(name, false, loader)), name);
      }
      if (first < 0) {
        first = System.nanoTime() - start;
      }
    }
    long nanos = System.nanoTime() - start;
    long loaded = classes.getTotalLoadedClassCount() - loadedBefore;
    Map<String, Long> result = new LinkedHashMap<>();
    result.put("nanos", nanos);
    result.put("firstNanos", first);
    result.put("entities", (long) names.size());
    result.put("classesLoaded", loaded);
    ForkedJvm.printResult(System.out, result);
  }

  /** A run only counts if every entity got its own type. */
  private static void check(EntityType<?> type, String name) {
    if (!type.javaType().getName().equals(name)) {
      throw new IllegalStateException("EntityType.of(" + name + ") returned " + type.javaType());
    }
  }
}
