package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;
import org.relata.runtime.ConflictException;
import org.relata.runtime.Session;

/**
 * Work that was flushed but never committed is not lost from memory: when the transaction rolls
 * back (a COMMIT that the database refuses, or a session closed without committing), every change
 * since the last commit is pending again, and committing it later writes it once.
 */
class UncommittedWorkTest {
  private static final String ADDRESSES =
      "select a.\"email\", u.\"name\" from \"address\" a left join \"user_account\" u on u.\"id\" = a.\"user_id\" order by 1";

  /** A constraint that PostgreSQL checks only at COMMIT makes a real COMMIT fail. */
  @Test
  void aCommitThatTheDatabaseRefusesKeepsTheWorkPendingUntilTheCauseIsFixed() {
    try (TestDatabase db =
        new TestDatabase(Backend.POSTGRES, User.class, Address.class, Profile.class)) {
      db.plain.execute(
          "alter table \"user_account\" add constraint \"one_name\" unique (\"name\") deferrable initially deferred");
      save(db);
      try (Session s = db.open()) {
        User twin = new User("ed");
        twin.getAddresses().add(new Address("twin@home"));
        s.add(twin);
        s.flush(); // the unique check waits for the COMMIT
        ConflictException e = assertThrows(ConflictException.class, s::commit);
        assertTrue(
            e.getMessage().contains("one_name") && e.getMessage().contains("pending again"),
            e.getMessage());
        assertNull(Ids.of(twin), "the rolled-back insert left no id behind");
        assertEquals(List.of(List.of("a", "ed")), db.rows(ADDRESSES));
        EntityFields.set(twin, "name", "ed's twin");
        s.commit();
      }
      assertEquals(
          List.of(List.of("a", "ed"), List.of("twin@home", "ed's twin")), db.rows(ADDRESSES));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void workFlushedButNotCommittedComesBackWhenTheObjectsJoinANewSession(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, User.class, Address.class, Profile.class)) {
      save(db);
      User fresh = new User("fresh");
      fresh.getAddresses().add(new Address("f"));
      User ed;
      Address a;
      try (Session s = db.open()) {
        ed = FlushCatalogue.one(s, User.class, User.NAME.eq("ed"));
        a = ed.getAddresses().get(0);
        s.add(fresh);
        EntityFields.set(ed, "name", "edward");
        s.delete(a);
        s.flush();
      } // closed without a commit
      assertEquals(List.of(List.of("a", "ed")), db.rows(ADDRESSES), "nothing was committed");
      assertNull(Ids.of(fresh), "new again");
      try (Session s = db.open()) {
        s.add(fresh);
        s.add(ed); // its rename is pending again
        s.delete(a); // and its deletion never happened, so it can be deleted now
        db.log.reset();
        s.commit();
        assertEquals(
            List.of("INSERT", "INSERT", "UPDATE", "DELETE"), db.log.kinds(), db.log.toString());
      }
      assertEquals(List.of(List.of("f", "fresh")), db.rows(ADDRESSES));
      assertEquals(
          List.of(List.of("edward"), List.of("fresh")),
          db.rows("select \"name\" from \"user_account\" order by 1"));
    }
  }

  private static void save(TestDatabase db) {
    try (Session s = db.open()) {
      User ed = new User("ed");
      ed.getAddresses().add(new Address("a"));
      s.add(ed);
      s.commit();
    }
  }
}
