package org.relata.bench.db.writes;

import java.util.List;
import org.hibernate.SessionFactory;
import org.relata.bench.Comparison;
import org.relata.bench.Mode;
import org.relata.bench.db.Database;
import org.relata.bench.db.Databases;
import org.relata.bench.db.DbRunner;
import org.relata.bench.db.DbVariant;
import org.relata.bench.db.HibernateFactory;
import org.relata.bench.report.Figures;
import org.relata.bench.report.Section;
import org.relata.bench.report.Targets;

/** Comparison 1: association writes on H2 and PostgreSQL, against hand-written JDBC batches. */
public final class WritesComparison implements Comparison {
  @Override
  public String name() {
    return "writes";
  }

  @Override
  public List<Section> run(Mode mode, Targets targets) throws Exception {
    Section section =
        new Section(
            "Association writes (comparison 1)",
            "Database",
            "Workload",
            "Variant",
            "time",
            "ratio",
            "statements",
            "round trips",
            "rows written");
    for (Databases.Kind kind : Databases.Kind.values()) {
      Database db = Databases.get(kind);
      SessionFactory hibernate = Databases.hibernate(kind);
      for (LinkScenario scenario : LinkScenario.values()) {
        List<DbVariant> variants =
            List.of(
                DbVariant.of(
                    "hand-written JDBC batch (baseline)", () -> new JdbcLinks(db, scenario)),
                DbVariant.of("hand-written jOOQ batch", () -> new JooqLinks(db, scenario)),
                DbVariant.of(
                    "Hibernate @ManyToMany Set",
                    () -> new HibernateLinks(db, hibernate, scenario, false)),
                DbVariant.of(
                    "Hibernate @ManyToMany List",
                    () -> new HibernateLinks(db, hibernate, scenario, true)),
                DbVariant.of(
                    "Relata Session, List with secondary", () -> new RelataLinks(db, scenario)));
        List<DbRunner.Outcome> outcomes = DbRunner.run(db, scenario.name(), variants, mode);
        addRows(section, db, scenario.label, outcomes);
        checkTargets(targets, db, scenario, outcomes);
      }
    }
    section.note(
        "Time covers the in-memory collection changes and the flush (or the hand-written statements),"
            + " inside a transaction that is rolled back afterwards; loading the objects is outside it.");
    section.note(
        "statements counts every statement the database executed (each batch entry once);"
            + " round trips counts executions (a whole JDBC batch once); rows written sums the update counts."
            + " They come from one extra untimed run through a counting JDBC wrapper.");
    section.note(
        "Hibernate "
            + org.hibernate.Version.getVersionString()
            + " with hibernate.jdbc.batch_size="
            + HibernateFactory.BATCH_SIZE
            + ", order_inserts and order_updates; its mapping is one-way, like"
            + " Relata's. Every variant's result is checked (link row count) before the rollback.");
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

  private static void checkTargets(
      Targets targets, Database db, LinkScenario scenario, List<DbRunner.Outcome> outcomes) {
    DbRunner.Outcome jdbc = outcomes.get(0);
    DbRunner.Outcome hibernateList = outcomes.get(3);
    DbRunner.Outcome relata = outcomes.get(outcomes.size() - 1);
    String where = db.name() + ", " + scenario.label;
    String flush = Targets.FLUSH;
    if (!relata.measured() || !jdbc.measured()) {
      targets.unchecked(flush, where, relata.measured() ? "baseline failed" : relata.problem());
      return;
    }
    targets.ratioAtMost(flush, where, relata.medianNanos() / jdbc.medianNanos(), 1.3);
    if (scenario == LinkScenario.REMOVE_1_OF_1000) {
      long statements = relata.counts().writeStatements();
      targets.check(
          Targets.REMOVE_ONE,
          db.name(),
          "Relata "
              + statements
              + " statement(s); Hibernate List "
              + (hibernateList.counts() == null
                  ? "n/a"
                  : Figures.count(hibernateList.counts().writeStatements())),
          statements == 1);
    }
  }

  static void addRows(
      Section section, Database db, String workload, List<DbRunner.Outcome> outcomes) {
    DbRunner.Outcome base = outcomes.get(0);
    for (DbRunner.Outcome o : outcomes) {
      if (!o.measured()) {
        section.row(db.name(), workload, o.variant().label(), o.problem(), "", "", "", "");
        continue;
      }
      section.row(
          db.name(),
          workload,
          o.variant().label(),
          Figures.millis(o.medianNanos()),
          base.measured()
              ? Figures.ratio(o.medianNanos(), base.medianNanos())
              : Figures.NOT_MEASURED,
          Figures.count(o.counts().writeStatements()),
          Figures.count(o.counts().writeRoundTrips()),
          Figures.count(o.counts().rowsWritten()));
    }
  }
}
