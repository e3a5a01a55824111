package org.relata.bench.db.finders;

import java.util.List;
import org.relata.bench.Comparison;
import org.relata.bench.Mode;
import org.relata.bench.db.BenchSchema;
import org.relata.bench.db.Database;
import org.relata.bench.db.Databases;
import org.relata.bench.db.DbRunner;
import org.relata.bench.db.DbVariant;
import org.relata.bench.report.Figures;
import org.relata.bench.report.Section;
import org.relata.bench.report.Targets;

/**
 * Comparison 5: a Jakarta Data repository finder against the same query written by hand in jOOQ,
 * {@value FinderTrial#CALLS} calls of {@value BenchSchema#ITEMS_PER_OWNER} items each.
 */
public final class FindersComparison implements Comparison {
  private static final String FINDER = "Relata repository finder (RItems_.byOwnerId)";

  @Override
  public String name() {
    return "finders";
  }

  @Override
  public List<Section> run(Mode mode, Targets targets) throws Exception {
    Section section =
        new Section(
            "A repository finder: "
                + FinderTrial.CALLS
                + " calls of "
                + BenchSchema.ITEMS_PER_OWNER
                + " items each (comparison 5)",
            "Database",
            "Variant",
            "time",
            "ratio",
            "queries");
    for (Databases.Kind kind : Databases.Kind.values()) {
      Database db = Databases.get(kind);
      List<DbVariant> variants =
          List.of(
              DbVariant.of(
                  "hand-written jOOQ, same SELECT, plain objects (baseline)",
                  () -> new JooqFinder(db)),
              DbVariant.of(FINDER, () -> new RelataFinder(db, true)),
              DbVariant.of(
                  "Relata session.query, written by hand (for reference)",
                  () -> new RelataFinder(db, false)));
      List<DbRunner.Outcome> outcomes = DbRunner.run(db, "find", variants, mode);
      DbRunner.Outcome base = outcomes.get(0);
      for (DbRunner.Outcome o : outcomes) {
        if (o.variant().label().equals(FINDER)) {
          if (o.measured() && base.measured()) {
            targets.ratioAtMost(
                Targets.FINDER, db.name(), o.medianNanos() / base.medianNanos(), 1.2);
          } else {
            targets.unchecked(Targets.FINDER, db.name(), o.problem());
          }
        }
      }
      for (DbRunner.Outcome o : outcomes) {
        section.row(
            db.name(),
            o.variant().label(),
            o.measured() ? Figures.millis(o.medianNanos()) : o.problem(),
            o.measured() && base.measured()
                ? Figures.ratio(o.medianNanos(), base.medianNanos())
                : Figures.NOT_MEASURED,
            o.counts() == null ? "" : Figures.count(o.counts().queries()));
      }
    }
    section.note(
        "Time covers the calls, mapping the rows to objects and reading every item's name; the"
            + " Relata session is opened before the clock starts and closed after it, so its"
            + " identity map fills during the run as an application's would.");
    section.note(
        "queries counts statements that returned rows, from one extra untimed run: one per call"
            + " for every variant.");
    section.note(
        mode.repetitions()
            + " timed repetitions after at least "
            + mode.warmups()
            + " warm-up run(s) and "
            + mode.warmupMillis()
            + " ms of warm-up per variant, variants interleaved; median shown.");
    return List.of(section);
  }
}
