package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.orders.Customer;
import org.relata.it.model.orders.Team;
import org.relata.runtime.Session;

/**
 * The statements that link changes become, on each database, and the changes a flush must still see
 * when it writes only a few of many managed objects.
 */
class LinkWriteShapesTest {
  private static final int MEMBERS = 30;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void removedLinksOfOneOwnerAreOneDeleteByOwnerAndOtherKeys(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, Customer.class, Team.class)) {
      seed(db);
      try (Session s = db.open()) {
        Team team = s.get(Team.class, 1L);
        List<Customer> members = team.getMembers();
        List<Customer> gone = new ArrayList<>(members.subList(0, 5));
        gone.add(find(members, "o'brien"));
        members.removeAll(gone);
        db.log.reset();
        s.commit();
        assertEquals(List.of("DELETE"), db.log.kinds(), db.log.toString());
        String sql = db.log.statements().get(0);
        assertTrue(sql.contains("\"team_id\" = ") && sql.contains("\"customer_code\" in ("), sql);
        if (backend == Backend.H2) {
          // H2 checks each found row against a literal list by a hash lookup, not element by
          // element.
          assertFalse(sql.contains("?"), sql);
          assertTrue(sql.contains("'o''brien'"), sql);
        } else {
          assertFalse(sql.contains("o'brien") || sql.contains("o''brien"), sql);
          assertEquals(7, sql.chars().filter(c -> c == '?').count(), sql);
        }
      }
      assertEquals(MEMBERS - 6, db.count("member_of"));
      assertEquals(
          List.of(),
          db.rows(
              "select \"customer_code\" from \"member_of\" where \"customer_code\" in ('o''brien', 'c0')"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void afterAFlushThatWroteOneLinkFieldWritesOnUntouchedObjectsAreStillSeen(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, Customer.class, Team.class)) {
      seed(db);
      try (Session s = db.open()) {
        Team team = s.get(Team.class, 1L);
        List<Customer> members = team.getMembers();
        Customer untouched = find(members, "c7");
        members.remove(find(members, "c3"));
        db.log.reset();
        s.flush();
        assertEquals(List.of("DELETE"), db.log.kinds(), db.log.toString());

        EntityFields.set(untouched, "name", "renamed");
        db.log.reset();
        s.flush();
        assertEquals(List.of("UPDATE"), db.log.kinds(), "a plain field write after the flush");
        db.log.reset();
        s.flush();
        assertEquals(List.of(), db.log.kinds(), "nothing is left pending");
        s.commit();
      }
      assertEquals(
          List.of(List.of("renamed")),
          db.rows("select \"name\" from \"user\" where \"code\" = 'c7'"));
      assertEquals(MEMBERS - 1, db.count("member_of"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aRolledBackTransactionMakesTheWrittenLinkAndColumnPendingAgain(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, Customer.class, Team.class)) {
      seed(db);
      Team team;
      Customer renamed;
      Customer unlinked;
      try (Session s = db.open()) {
        team = s.get(Team.class, 1L);
        renamed = find(team.getMembers(), "c9");
        unlinked = find(team.getMembers(), "c2");
        team.getMembers().remove(unlinked);
        EntityFields.set(renamed, "name", "later");
        s.flush();
      } // closed without commit: both changes are pending again
      try (Session s = db.open()) {
        s.add(team);
        s.add(unlinked);
        db.log.reset();
        s.commit();
        assertEquals(List.of("UPDATE", "DELETE"), db.log.kinds(), db.log.toString());
      }
      assertEquals(MEMBERS - 1, db.count("member_of"));
      assertEquals(
          List.of(List.of("later")),
          db.rows("select \"name\" from \"user\" where \"code\" = 'c9'"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aLinkRemovedInAClosedSessionIsDeletedThoughItsOtherEndIsNotAddedAgain(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, Customer.class, Team.class)) {
      seed(db);
      Team team;
      try (Session s = db.open()) {
        team = s.get(Team.class, 1L);
        team.getMembers().remove(find(team.getMembers(), "o'brien"));
        s.flush();
      } // rolled back: the removal is pending again, and the customer is in no session
      try (Session s = db.open()) {
        s.add(team);
        db.log.reset();
        s.commit();
        assertEquals(List.of("DELETE"), db.log.kinds(), db.log.toString());
      }
      assertEquals(MEMBERS - 1, db.count("member_of"));
      assertEquals(
          List.of(), db.rows("select 1 from \"member_of\" where \"customer_code\" = 'o''brien'"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void newLinksAreOneBatchOnH2AndOneMultiRowInsertOnPostgres(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, Customer.class, Team.class)) {
      seed(db);
      try (Session s = db.open()) {
        Team second = new Team(2, "again");
        second.getMembers().addAll(s.get(Team.class, 1L).getMembers());
        s.add(second);
        db.log.reset();
        s.commit();
        assertEquals(List.of("INSERT", "INSERT"), db.log.kinds(), db.log.toString());
        String links = db.log.statements().get(1);
        assertTrue(links.startsWith("insert into \"member_of\""), links);
        // H2 runs a batch of one bound row faster than it parses one statement of many rows.
        long binds = links.chars().filter(c -> c == '?').count();
        assertEquals(backend == Backend.H2 ? 2 : 2 * MEMBERS, binds, links);
      }
      assertEquals(2 * MEMBERS, db.count("member_of"));
      assertEquals(
          List.of(List.of(2L)),
          db.rows("select count(*) from \"member_of\" where \"customer_code\" = 'o''brien'"));
    }
  }

  /** One team with {@link #MEMBERS} members, one of whose codes needs quoting as a literal. */
  private static void seed(TestDatabase db) {
    try (Session s = db.open()) {
      Team team = new Team(1, "everyone");
      for (int i = 0; i < MEMBERS - 1; i++) {
        team.getMembers().add(new Customer("c" + i, "n" + i));
      }
      team.getMembers().add(new Customer("o'brien", "quoted"));
      s.add(team);
      s.commit();
    }
  }

  private static Customer find(List<Customer> customers, String code) {
    return customers.stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
  }
}
