package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relata.it.model.orders.Customer;
import org.relata.it.model.orders.Team;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;
import org.relata.runtime.ConflictException;
import org.relata.runtime.Session;

/**
 * Two sessions on PostgreSQL, on two threads and connections, write the same rows. Each conflict is
 * played out in a fixed order (the second session waits for a lock that the first holds), and then
 * raced for 10 rounds (200 in the long mode): exactly one outcome wins, the other session gets a
 * {@link ConflictException} naming the table, and no row is duplicated, orphaned or lost. Crossing
 * updates wait for each other instead of deadlocking, as every flush writes in table and key order.
 */
class ConcurrencyTest {
  private static final int ROUNDS = Reliability.choose(10, 200);
  private static int conflicts;
  private static int crossings;

  private final TestDatabase db =
      new TestDatabase(
          Backend.POSTGRES, User.class, Address.class, Profile.class, Customer.class, Team.class);
  private final Contention contention = new Contention();

  @AfterEach
  void close() {
    contention.close();
    db.close();
  }

  @AfterAll
  static void report() {
    System.out.printf(
        "concurrency on POSTGRES: %d conflicts, each with one winner and one ConflictException;"
            + " %d pairs of crossing flushes, 0 deadlocks%n",
        conflicts, crossings);
  }

  // ---- the same link ----

  @Test
  void theSameLinkAddedByTwoSessionsIsWrittenOnce() {
    linkSetup();
    try (Session a = db.open();
        Session b = db.open()) {
      link(a);
      link(b);
      ConflictException e = secondLoses(a, b);
      assertEquals("member_of", e.table());
      assertTrue(e.getMessage().contains("(1, c)"), e.getMessage());
    }
    assertLinkedOnce();
    for (int round = 0; round < ROUNDS; round++) {
      db.wipe();
      linkSetup();
      race(ConcurrencyTest::link, ConcurrencyTest::link, 1);
      assertLinkedOnce();
    }
  }

  private void linkSetup() {
    try (Session s = db.open()) {
      s.add(new Team(1, "t"));
      s.add(new Customer("c", "C"));
      s.commit();
    }
  }

  private static void link(Session s) {
    s.get(Team.class, 1L).getMembers().add(s.get(Customer.class, "c"));
  }

  private void assertLinkedOnce() {
    assertEquals(
        List.of(List.of(1L, "c")),
        db.rows("select \"team_id\", \"customer_code\" from \"member_of\""));
  }

  // ---- the same child, two new parents ----

  @Test
  void aChildMovedToTwoParentsAtOnceEndsUnderOneOfThem() {
    moveSetup();
    try (Session a = db.open();
        Session b = db.open()) {
      move(a, "u2");
      move(b, "u3");
      ConflictException e = secondLoses(a, b);
      assertEquals("address", e.table());
      assertTrue(e.getMessage().contains("[user_id]"), e.getMessage());
    }
    assertEquals(List.of(List.of("a", "u2")), addressOwners());
    for (int round = 0; round < ROUNDS; round++) {
      db.wipe();
      moveSetup();
      race(s -> move(s, "u2"), s -> move(s, "u3"), 1);
      List<List<Object>> owners = addressOwners();
      assertTrue(
          owners.equals(List.of(List.of("a", "u2"))) || owners.equals(List.of(List.of("a", "u3"))),
          owners.toString());
    }
  }

  private void moveSetup() {
    try (Session s = db.open()) {
      User u1 = new User("u1");
      u1.getAddresses().add(new Address("a"));
      s.add(u1);
      s.add(new User("u2"));
      s.add(new User("u3"));
      s.commit();
    }
  }

  private static void move(Session s, String to) {
    User from = user(s, "u1");
    from.getAddresses().get(0).setUser(user(s, to));
  }

  /** Every address with its user's name, none without one: no address was lost or orphaned. */
  private List<List<Object>> addressOwners() {
    return db.rows(
        "select a.\"email\", u.\"name\" from \"address\" a join \"user_account\" u on u.\"id\" = a.\"user_id\" order by 1");
  }

  // ---- a parent deleted while a child is added to it ----

  @Test
  void deletingAParentFailsWhenAnotherSessionAddedAChildFirst() {
    parentSetup();
    try (Session adder = db.open();
        Session deleter = db.open()) {
      addChild(adder);
      deleter.delete(user(deleter, "ed"));
      ConflictException e = secondLoses(adder, deleter);
      assertEquals("user_account", e.table());
    }
    assertEquals(List.of(List.of("new", "ed"), List.of("old", "ed")), addressOwners());
  }

  @Test
  void addingAChildFailsWhenAnotherSessionDeletedTheParentFirst() {
    parentSetup();
    try (Session deleter = db.open();
        Session adder = db.open()) {
      deleter.delete(user(deleter, "ed"));
      addChild(adder);
      ConflictException e = secondLoses(deleter, adder);
      assertEquals("address", e.table());
    }
    assertEquals(List.of(), db.rows("select \"name\" from \"user_account\""));
    assertEquals(
        List.of(Arrays.asList("old", null)),
        db.rows("select \"email\", \"user_id\" from \"address\""));
  }

  private void parentSetup() {
    try (Session s = db.open()) {
      User ed = new User("ed");
      ed.getAddresses().add(new Address("old"));
      s.add(ed);
      s.commit();
    }
  }

  private static void addChild(Session s) {
    user(s, "ed").getAddresses().add(new Address("new"));
  }

  // ---- the same row deleted twice ----

  @Test
  void theSameRowDeletedByTwoSessionsFailsTheSecond() {
    parentSetup();
    try (Session a = db.open();
        Session b = db.open()) {
      a.delete(user(a, "ed").getAddresses().get(0));
      b.delete(user(b, "ed").getAddresses().get(0));
      ConflictException e = secondLoses(a, b);
      assertEquals("address", e.table());
      assertTrue(e.getMessage().contains("touched 0 of 1 rows"), e.getMessage());
    }
    assertEquals(0, db.count("address"));
    assertEquals(1, db.count("user_account"));
  }

  // ---- crossing updates ----

  /**
   * Session A changes its rows in one order, B in the opposite one, and A stops after its first
   * UPDATE while B runs. B's first UPDATE is the very row A holds, so B waits, and both finish; had
   * B started with its other row, A and B would each hold a row that the other needs.
   */
  @Test
  void crossingUpdatesWaitForEachOtherInsteadOfDeadlocking() {
    crossSetup();
    StatementLog logA = new StatementLog();
    StatementLog logB = new StatementLog();
    CountDownLatch paused = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    try (Session a = Session.open(db.using(logA));
        Session b = Session.open(db.using(logB))) {
      cross(a, List.of("u2", "a1", "u1", "a2"), "A");
      cross(b, List.of("a2", "u1", "a1", "u2"), "B");
      int pidB = db.backendPid(b);
      logA.reset();
      logB.reset();
      logA.beforeStatement(
          1,
          () -> {
            paused.countDown();
            Contention.await(resume);
          });
      Future<Void> fa = contention.commit(a);
      Contention.await(paused);
      Future<Void> fb = contention.commit(b);
      db.awaitLockWait(pidB);
      resume.countDown();
      assertNull(Contention.outcome(fa));
      assertNull(Contention.outcome(fb));
      crossings++;
      List<String> expected = List.of("UPDATE", "UPDATE", "UPDATE", "UPDATE");
      assertEquals(expected, logB.kinds());
      assertTrue(logA.statements().get(0).startsWith("update \"address\""), logA.toString());
      assertTrue(logB.statements().get(3).startsWith("update \"user_account\""), logB.toString());
    }
    assertEquals(
        List.of(List.of("a1B", "u1B"), List.of("a2B", "u2B")),
        addressOwners(),
        "B wrote last, and wins");
    for (int round = 0; round < ROUNDS; round++) {
      race(
          s -> cross(s, List.of("u2", "a1", "u1", "a2"), "A"),
          s -> cross(s, List.of("a2", "u1", "a1", "u2"), "B"),
          0);
      crossings++;
    }
  }

  private void crossSetup() {
    try (Session s = db.open()) {
      for (String n : List.of("1", "2")) {
        User u = new User("u" + n);
        u.getAddresses().add(new Address("a" + n));
        s.add(u);
      }
      s.commit();
    }
  }

  /**
   * Loads the named users and addresses in the given order, then gives each a new name ending in
   * {@code tag}, in the same order. (All loads come first: a query would autoflush the changes made
   * before it.)
   */
  private static void cross(Session s, List<String> order, String tag) {
    List<Object> rows = new ArrayList<>();
    for (String name : order) {
      rows.add(
          name.startsWith("u")
              ? s.select(User.class, User.NAME.like(name + "%")).get(0)
              : s.select(Address.class, Address.EMAIL.like(name + "%")).get(0));
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) instanceof Address a) {
        a.setEmail(order.get(i) + tag);
      } else {
        EntityFields.set(rows.get(i), "name", order.get(i) + tag);
      }
    }
  }

  // ---- helpers ----

  private static User user(Session s, String name) {
    return FlushCatalogue.one(s, User.class, User.NAME.eq(name));
  }

  /**
   * {@code first} flushes and holds its rows; {@code second} commits on another thread and waits
   * for them; {@code first} commits; {@code second} must then fail with a conflict.
   */
  private ConflictException secondLoses(Session first, Session second) {
    int pid = db.backendPid(second);
    first.flush();
    Future<Void> late = contention.commit(second);
    db.awaitLockWait(pid);
    first.commit();
    Throwable thrown = Contention.outcome(late);
    conflicts++;
    return assertInstanceOf(ConflictException.class, thrown, "the second session loses");
  }

  /**
   * Two sessions make their changes, then commit at the same moment on two threads; {@code losers}
   * of them must fail with a conflict, the others succeed.
   */
  private void race(Consumer<Session> changeA, Consumer<Session> changeB, int losers) {
    CountDownLatch start = new CountDownLatch(1);
    try (Session a = db.open();
        Session b = db.open()) {
      changeA.accept(a);
      changeB.accept(b);
      List<Future<Void>> commits = new ArrayList<>();
      for (Session s : List.of(a, b)) {
        commits.add(
            contention.start(
                () -> {
                  Contention.await(start);
                  s.commit();
                  return null;
                }));
      }
      start.countDown();
      int failed = 0;
      for (Future<Void> f : commits) {
        Throwable t = Contention.outcome(f);
        if (t != null) {
          assertInstanceOf(ConflictException.class, t, "a loser gets a conflict");
          failed++;
        }
      }
      assertEquals(losers, failed, "sessions that lost the race");
      conflicts += failed;
    }
  }
}
