package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.assoc.Club;
import org.relata.it.model.assoc.Member;
import org.relata.it.model.assoc.Membership;
import org.relata.it.model.loading.select.Book;
import org.relata.it.model.loading.select.Shelf;
import org.relata.runtime.EntityQuery;
import org.relata.runtime.Session;
import org.relata.runtime.SessionClosedException;

/** get, select and the fluent query: rows map to one instance each through the identity map. */
class QueryTest {
  private static final Strategy MODEL = Strategy.SELECT;
  private static final Field<String> NAME = Strategy.field(Shelf.class, "name");
  private static final Field<String> TITLE = Strategy.field(Book.class, "title");

  @ParameterizedTest
  @EnumSource(Backend.class)
  void getFindsOneInstancePerRowAndNullWhenAbsent(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 3, 1);
      try (Session s = db.open()) {
        assertNull(s.get(Shelf.class, 99L));
        Shelf one = s.get(Shelf.class, 1); // an Integer converts to the Long id
        assertEquals("s000", one.name());
        db.log.reset();
        assertSame(one, s.get(Shelf.class, 1L));
        assertEquals(List.of(), db.log.kinds(), "the identity map answers");
        assertSame(one, s.select(Shelf.class, NAME.eq("s000")).get(0));
        assertSame(one, s.query(Shelf.class).where(NAME.eq("s000")).first());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aRowReadAgainKeepsTheChangesMemoryHolds(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 1, 0);
      try (Session s = db.open()) {
        s.setAutoflush(false);
        Shelf shelf = s.get(Shelf.class, 1L);
        EntityFields.set(shelf, "name", "renamed");
        Shelf again = s.select(Shelf.class, NAME.eq("s000")).get(0);
        assertSame(shelf, again);
        assertEquals("renamed", again.name(), "the identity map's object is not overwritten");
        db.log.reset();
        s.flush();
        assertEquals(List.of("UPDATE"), db.log.kinds());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void queriesFilterSortAndPage(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 4, 3);
      try (Session s = db.open()) {
        EntityQuery<Book> query =
            s.query(Book.class).where(TITLE.like("s00%")).where(TITLE.notLike("%-1"));
        assertEquals(8, query.list().size(), "the conditions combine with AND");
        List<Book> page = query.orderBy(TITLE.desc()).offset(1).limit(3).list();
        assertEquals(
            List.of("s003-0", "s002-2", "s002-0"), page.stream().map(Book::title).toList());
        assertEquals(
            8, query.list().size(), "refining made new queries and left this one as it was");
        assertNull(query.where(TITLE.eq("none")).first());
        assertEquals(12, s.select(Book.class, DSL.noCondition()).size());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aCompositeKeyIsPassedAsAList(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, Member.class, Club.class, Membership.class)) {
      Member ann = new Member("ann");
      try (Session s = db.open()) {
        Club club = new Club("chess");
        Membership m = new Membership("captain");
        m.setMember(ann);
        club.getMemberships().add(m);
        s.add(club);
        s.commit();
      }
      try (Session s = db.open()) {
        Object annId = Ids.of(ann);
        Object clubId = db.rows("select \"id\" from \"club\"").get(0).get(0);
        Membership m = s.get(Membership.class, List.of(annId, clubId));
        assertEquals("Membership(captain)", m.toString());
        assertEquals(
            List.of("SELECT"),
            db.log.kinds().subList(db.log.kinds().size() - 1, db.log.kinds().size()));
        db.log.reset();
        assertEquals("Member(ann)", m.getMember().toString());
        assertEquals(
            List.of(), db.log.kinds(), "Membership.member is JOINED: it came with the row");
        assertSame(m, s.get(Membership.class, List.of(annId, clubId)));
        assertNull(s.get(Membership.class, List.of(annId, -1L)));
      }
      try (Session s = db.open()) {
        Club club = s.select(Club.class, DSL.noCondition()).get(0);
        db.log.reset();
        Membership m = club.getMemberships().get(0);
        assertEquals("Member(ann)", m.getMember().toString());
        assertSame(club, m.getClub());
        assertEquals(
            1, db.log.kinds().size(), "a lazy load brings its targets' JOINED relationships along");
        assertTrue(
            db.log.statements().get(0).contains("left outer join \"member\""), db.log.toString());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aClosedSessionRunsNoQuery(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      Session s = db.open();
      EntityQuery<Shelf> query = s.query(Shelf.class);
      s.close();
      assertThrows(SessionClosedException.class, query::list);
      assertThrows(SessionClosedException.class, () -> s.get(Shelf.class, 1L));
      assertThrows(SessionClosedException.class, () -> s.query(Shelf.class));
      assertThrows(IllegalArgumentException.class, () -> query.limit(-1));
      assertThrows(IllegalArgumentException.class, () -> query.offset(-1));
    }
  }
}
