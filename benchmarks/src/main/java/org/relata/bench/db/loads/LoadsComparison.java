package org.relata.bench.db.loads;

import java.util.List;
import org.hibernate.SessionFactory;
import org.relata.bench.Comparison;
import org.relata.bench.Mode;
import org.relata.bench.db.BenchSchema;
import org.relata.bench.db.Counts;
import org.relata.bench.db.Database;
import org.relata.bench.db.Databases;
import org.relata.bench.db.DbRunner;
import org.relata.bench.db.DbVariant;
import org.relata.bench.db.model.ROwnerJoined;
import org.relata.bench.db.model.ROwnerSelect;
import org.relata.bench.db.model.ROwnerSelectin;
import org.relata.bench.report.Figures;
import org.relata.bench.report.Section;
import org.relata.bench.report.Targets;

/** Comparison 2: loading 1,000 owners with 10 items each, against a hand-written jOOQ join. */
public final class LoadsComparison implements Comparison {
  private static final String SELECTIN = "Relata Lazy.SELECTIN";
  private static final String JOINED = "Relata Lazy.JOINED";

  @Override
  public String name() {
    return "loads";
  }

  @Override
  public List<Section> run(Mode mode, Targets targets) throws Exception {
    Section section =
        new Section(
            "Loading "
                + Figures.count(BenchSchema.OWNERS)
                + " owners x "
                + BenchSchema.ITEMS_PER_OWNER
                + " items (comparison 2)",
            "Database",
            "Variant",
            "time",
            "ratio",
            "queries");
    for (Databases.Kind kind : Databases.Kind.values()) {
      Database db = Databases.get(kind);
      SessionFactory hibernate = Databases.hibernate(kind);
      List<DbVariant> variants =
          List.of(
              DbVariant.of(
                  "hand-written jOOQ, one LEFT JOIN (baseline)", () -> new JooqLoads(db, false)),
              DbVariant.of("hand-written jOOQ, MULTISET", () -> new JooqLoads(db, true)),
              DbVariant.of("Hibernate fetch join", () -> new HibernateLoads(hibernate, true)),
              DbVariant.of(
                  "Hibernate batch fetching (@BatchSize 1000)",
                  () -> new HibernateLoads(hibernate, false)),
              DbVariant.of(
                      SELECTIN,
                      () -> new RelataLoads<>(db, ROwnerSelectin.class, ROwnerSelectin::getItems))
                  .checkedBy(c -> eagerness(c, 2)),
              DbVariant.of(
                      JOINED,
                      () -> new RelataLoads<>(db, ROwnerJoined.class, ROwnerJoined::getItems))
                  .checkedBy(c -> eagerness(c, 1)),
              DbVariant.of(
                  "Relata Lazy.SELECT (one query per owner; for reference)",
                  () -> new RelataLoads<>(db, ROwnerSelect.class, ROwnerSelect::getItems)));
      List<DbRunner.Outcome> outcomes = DbRunner.run(db, "load", variants, mode);
      DbRunner.Outcome base = outcomes.get(0);
      for (DbRunner.Outcome o : outcomes) {
        String label = o.variant().label();
        if (label.equals(SELECTIN) || label.equals(JOINED)) {
          String target = Targets.LOADING;
          String where = db.name() + ", " + label;
          if (o.measured() && base.measured()) {
            targets.ratioAtMost(target, where, o.medianNanos() / base.medianNanos(), 1.5);
          } else {
            targets.unchecked(target, where, o.problem());
          }
        }
      }
      for (DbRunner.Outcome o : outcomes) {
        if (!o.measured()) {
          section.row(
              db.name(),
              o.variant().label(),
              o.problem(),
              "",
              o.counts() == null ? "" : Figures.count(o.counts().queries()));
          continue;
        }
        section.row(
            db.name(),
            o.variant().label(),
            Figures.millis(o.medianNanos()),
            base.measured()
                ? Figures.ratio(o.medianNanos(), base.medianNanos())
                : Figures.NOT_MEASURED,
            Figures.count(o.counts().queries()));
      }
    }
    section.note(
        "Time covers the query or queries, building the objects and reading every owner's items;"
            + " opening and closing the session or transaction is outside it. Each run's object counts are checked.");
    section.note(
        "queries counts statements that returned rows, from one extra untimed run through a"
            + " counting JDBC wrapper.");
    section.note(
        "A Relata strategy whose counted run issues more queries than it may (SELECTIN: 2,"
            + " JOINED: 1) is shown as not yet implemented and is not timed: the loader fell back to loading"
            + " each collection lazily, so its time would be the Lazy.SELECT figure under another name.");
    section.note(
        mode.repetitions()
            + " timed repetitions after at least "
            + mode.warmups()
            + " warm-up run(s) and "
            + mode.warmupMillis()
            + " ms of warm-up per variant, variants interleaved;"
            + " median shown.");
    return List.of(section);
  }

  /** Why an eager Relata strategy gets no time: it issued more queries than the strategy allows. */
  private static String eagerness(Counts counts, int allowed) {
    return counts.queries() <= allowed
        ? null
        : "not yet implemented (issued "
            + Figures.count(counts.queries())
            + " queries, at most "
            + allowed
            + " expected)";
  }
}
