package org.relata.processor.fuzz;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A generated model of the campaign: its index, its seed, the model and its sources. */
record Planned(int index, long seed, ModelSpec model, Map<String, String> sources) {
  String name() {
    return "model " + index + " (seed " + seed + ")";
  }

  /** The sources of several models, for one compilation; their packages never overlap. */
  static Map<String, String> together(List<Planned> models) {
    Map<String, String> sources = new TreeMap<>();
    models.forEach(p -> sources.putAll(p.sources()));
    return sources;
  }

  /**
   * Whether a diagnostic's file, as {@link FuzzCompiler.Finding} names it, is one of this model's.
   */
  boolean owns(String file) {
    return file != null && file.startsWith("/" + model.root.replace('.', '/') + "/");
  }
}
