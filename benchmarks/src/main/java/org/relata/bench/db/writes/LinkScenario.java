package org.relata.bench.db.writes;

import static org.relata.bench.db.BenchSchema.BIG_LINKS;
import static org.relata.bench.db.BenchSchema.BIG_PARENT;
import static org.relata.bench.db.BenchSchema.SMALL_PARENTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The three association-write workloads, each as the links it adds and removes. */
public enum LinkScenario {
  INSERT_10000("flush 10,000 new links (100 parents x 100 children)"),
  REMOVE_1_OF_1000("remove 1 link of 1,000"),
  REPLACE_HALF_OF_1000("replace half of 1,000 links (500 removed, 500 added)");

  /** A link: parent id and child id. */
  public record Link(long parent, long child) {}

  public final String label;

  LinkScenario(String label) {
    this.label = label;
  }

  public List<Link> added() {
    List<Link> links = new ArrayList<>();
    switch (this) {
      case INSERT_10000 -> {
        for (long p = 1; p <= SMALL_PARENTS; p++) {
          for (long c = 1; c <= 100; c++) {
            links.add(new Link(p, c));
          }
        }
      }
      case REMOVE_1_OF_1000 -> {}
      case REPLACE_HALF_OF_1000 -> {
        for (long c = BIG_LINKS + 1; c <= BIG_LINKS + BIG_LINKS / 2; c++) {
          links.add(new Link(BIG_PARENT, c));
        }
      }
    }
    return links;
  }

  public List<Link> removed() {
    List<Link> links = new ArrayList<>();
    switch (this) {
      case INSERT_10000 -> {}
      case REMOVE_1_OF_1000 -> links.add(new Link(BIG_PARENT, BIG_LINKS / 2));
      case REPLACE_HALF_OF_1000 -> {
        for (long c = 1; c <= BIG_LINKS / 2; c++) {
          links.add(new Link(BIG_PARENT, c));
        }
      }
    }
    return links;
  }

  /** The link rows after the workload: the seeded 1,000, plus added, minus removed. */
  public long expectedLinkRows() {
    return BIG_LINKS + added().size() - removed().size();
  }

  /** The parents whose collections the ORMs must have loaded. */
  public Set<Long> parents() {
    Set<Long> ids = new TreeSet<>();
    added().forEach(l -> ids.add(l.parent()));
    removed().forEach(l -> ids.add(l.parent()));
    return ids;
  }

  /** The children the workload links or unlinks. */
  public Set<Long> children() {
    Set<Long> ids = new TreeSet<>();
    added().forEach(l -> ids.add(l.child()));
    removed().forEach(l -> ids.add(l.child()));
    return ids;
  }
}
