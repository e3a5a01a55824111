package org.relata.it.mirroring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relata.it.model.assoc.Club;
import org.relata.it.model.assoc.Member;
import org.relata.it.model.assoc.Membership;
import org.relata.it.model.init.Author;
import org.relata.it.model.init.Book;

/** The association-object pattern, and collections that the user initialised in the field. */
class AssociationObjectAndInitTest {
  @Test
  void associationObjectLinksBothEnds() {
    Member ann = new Member("ann");
    Club chess = new Club("chess");
    Membership m = new Membership("captain");
    m.setMember(ann);
    m.setClub(chess);
    assertEquals(List.of(m), ann.getMemberships());
    assertEquals(List.of(m), chess.getMemberships());
    chess.getMemberships().remove(m);
    assertNull(m.getClub());
    assertSame(ann, m.getMember());
  }

  @Test
  void userInitialisedCollectionIsAdoptedWithMirroring() {
    Author a = new Author("a");
    Book b = new Book("b");
    assertEquals(List.of(), a.getBooks());
    a.getBooks().add(b);
    assertSame(a, b.getAuthor());
    Author other = new Author("other");
    b.setAuthor(other);
    assertEquals(List.of(), a.getBooks());
    assertEquals(List.of(b), other.getBooks());
  }

  @Test
  void elementsPutIntoThePlainListAreAdoptedOnFirstAccess() {
    Book b1 = new Book("b1");
    Book b2 = new Book("b2");
    Author a = new Author("a", b1, b2);
    assertEquals(List.of(b1, b2), a.getBooks());
    assertSame(a, b1.getAuthor());
    assertSame(a, b2.getAuthor());
    new Author("thief").getBooks().add(b1);
    assertEquals(List.of(b2), a.getBooks());
  }
}
