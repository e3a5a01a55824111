package org.relata.bench;

import java.util.List;
import org.relata.bench.report.Section;
import org.relata.bench.report.Targets;

/** One of the measured comparisons; it runs all its variants in one go and returns its tables. */
public interface Comparison {
  /** The short name used by {@code -Dbench.only}. */
  String name();

  /** Runs every variant, baseline included, checks its targets, and returns the tables. */
  List<Section> run(Mode mode, Targets targets) throws Exception;
}
