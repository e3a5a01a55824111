package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relata.it.model.orders.Customer;
import org.relata.it.model.orders.Team;
import org.relata.runtime.Session;

/**
 * A flush of 100,000 association rows goes out in multi-row statements that each fit PostgreSQL's
 * bind limit, and the heap it needs on top of what the session already holds stays bounded. The
 * default mode runs it on PostgreSQL, whose rows live outside the test's heap; the long mode on H2
 * too.
 */
class LargeFlushTest {
  private static final int TEAMS = 250;
  private static final int CUSTOMERS = 400;
  private static final int LINKS = TEAMS * CUSTOMERS;

  /** 16,000 links of two values each fit the 32,000 bind values a statement may carry. */
  private static final int STATEMENTS = (LINKS + 15_999) / 16_000;

  /** Generous, as garbage counts until it is collected; the statements themselves take a few MB. */
  private static final long HEAP_BUDGET_MB = 512;

  @Test
  void aHundredThousandLinksAreWrittenAndRemovedInBatchesInBoundedMemory() {
    for (Backend backend : Reliability.LONG ? Backend.values() : new Backend[] {Backend.POSTGRES}) {
      writeAndRemoveLinks(backend);
    }
  }

  private static void writeAndRemoveLinks(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, Customer.class, Team.class)) {
      try (Session s = db.open()) {
        List<Team> teams = new ArrayList<>();
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < TEAMS; i++) {
          teams.add(new Team(i, "team " + i));
          s.add(teams.get(i));
        }
        for (int i = 0; i < CUSTOMERS; i++) {
          customers.add(new Customer("c" + i, "customer " + i));
          s.add(customers.get(i));
        }
        s.commit();

        for (Team t : teams) {
          t.getMembers().addAll(customers);
        }
        Heap linked = measuredFlush(db, s, "INSERT");
        s.commit();
        assertEquals(LINKS, db.count("member_of"));

        for (Team t : teams) {
          t.getMembers().clear();
        }
        Heap unlinked = measuredFlush(db, s, "DELETE");
        s.commit();
        assertEquals(0, db.count("member_of"));
        System.out.printf(
            "%,d-link flush on %s: %d INSERT statements, peak heap %d MB above the %d MB in use before;"
                + " removing them: %d DELETE statements, peak heap %d MB above %d MB%n",
            LINKS,
            backend,
            STATEMENTS,
            linked.peakAboveMb(),
            linked.beforeMb(),
            STATEMENTS,
            unlinked.peakAboveMb(),
            unlinked.beforeMb());
      }
    }
  }

  /** Heap in use before a flush, and the most in use during it, in MB. */
  private record Heap(long beforeMb, long peakAboveMb) {}

  private static Heap measuredFlush(TestDatabase db, Session s, String kind) {
    System.gc();
    long before = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        before += pool.getUsage().getUsed();
        pool.resetPeakUsage();
      }
    }
    db.log.reset();
    s.flush();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed(); // an upper bound: each pool's own peak
      }
    }
    assertEquals(
        Collections.nCopies(STATEMENTS, kind), db.log.kinds(), "one statement per 16,000 links");
    Heap heap = new Heap(before >> 20, Math.max(0, peak - before) >> 20);
    if (db.backend == Backend.POSTGRES) { // H2 keeps its rows, and its undo log, in the same heap
      assertTrue(heap.peakAboveMb() < HEAP_BUDGET_MB, heap + " within " + HEAP_BUDGET_MB + " MB");
    }
    return heap;
  }
}
