package org.relata.bench.report;

import java.util.Map;

/**
 * Why each target of issue 7 can be missed, as profiled: printed in RESULTS.md under the targets
 * for every target that the run marks NO. benchmarks/NOTES.md has the profiles and the figures.
 */
final class MissedTargets {
  private MissedTargets() {}

  private static final Map<String, String> CAUSES =
      Map.of(
          Targets.PROCESSOR_VS_HIBERNATE,
          "The floor row says it: a processor that only writes Relata's output, with no modelling,"
              + " validation or code generation, already costs javac about as much as Hibernate's"
              + " whole run or more, because each ERelations holds what Hibernate's metamodel does"
              + " not, and javac must attribute and compile it: the accessors that mirror both sides"
              + " (method bodies) and typed jOOQ fields and descriptors (initialisers); Hibernate's"
              + " fields have no initialisers. The Relata processor's own work adds the rest. See"
              + " benchmarks/NOTES.md, comparison 4 after the text writer.",
          Targets.PROCESSOR_VS_JAVAC,
          "Any processor that generates a source per entity costs javac an extra round in which it"
              + " parses, enters and then compiles those files (the \"processing\" column shows the"
              + " rounds); Hibernate's processor, with one small file per entity and no"
              + " initialisers, is above 1.5x of plain javac in the same runs.",
          Targets.MIRRORING,
          "An add reads the element's previous owner (a cache miss on a fresh object, where the"
              + " hand-written helper only writes), finds or creates the live collection, and checks"
              + " that the element is not already there; remove and move share the collection"
              + " lookup. A removal sits at the limit, within the run-to-run spread.",
          Targets.FLUSH,
          "On H2, hand-written jOOQ alone costs most of the 1.3x margin over raw JDBC, and Relata is"
              + " within about 1.2x of it. For one link of 1,000, the floor is a single prepared"
              + " statement, while a unit of work compares the columns of every managed object"
              + " (plain fields, with no change events) before it knows what to write.",
          Targets.LOADING,
          "Relata maps each row into the session's identity map and fills both sides of every"
              + " relationship; the hand-written query builds plain objects and registers nothing.",
          Targets.FINDER,
          "The query and its mapping through the identity map run at about 1.1x of jOOQ (measured"
              + " with autoflush off); the rest is the autoflush before each query, which must visit"
              + " every managed object to find plain field writes (about 8 ns each, the column"
              + " comparison most of it), and this session grows to 1,000 objects. SQLAlchemy knows"
              + " a clean session in O(1) from its attribute events; Relata's plain fields have none."
              + " See benchmarks/NOTES.md, comparison 5.",
          Targets.REMOVE_ONE,
          "Relata deletes exactly the removed link in one statement; a NO here is a regression in"
              + " the link diff, not a cost.");

  /** The profiled cause of missing {@code target}, or a pointer to the notes. */
  static String cause(String target) {
    return CAUSES.getOrDefault(target, "Not profiled yet; see benchmarks/NOTES.md.");
  }
}
