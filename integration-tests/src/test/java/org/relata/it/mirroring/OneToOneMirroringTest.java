package org.relata.it.mirroring;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.relata.it.model.legacy.Passport;
import org.relata.it.model.legacy.Person;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;

/** One-to-one: taking the partner of another leaves no stale owner on either side. */
class OneToOneMirroringTest {
  @Test
  void settingFromTheKeylessSideStealsWithoutStaleOwner() {
    User u1 = new User("u1");
    User u2 = new User("u2");
    Profile p1 = new Profile("p1");
    Profile p2 = new Profile("p2");
    u1.setProfile(p1);
    assertSame(u1, p1.getUser());
    u2.setProfile(p2);
    u2.setProfile(p1);
    assertSame(u2, p1.getUser());
    assertNull(u1.getProfile(), "u1 lost p1");
    assertNull(p2.getUser(), "p2 was replaced");
  }

  @Test
  void settingFromTheKeySideStealsToo() {
    User u1 = new User("u1");
    User u2 = new User("u2");
    Profile p1 = new Profile("p1");
    Profile p2 = new Profile("p2");
    p1.setUser(u1);
    assertSame(p1, u1.getProfile());
    p2.setUser(u1);
    assertSame(p2, u1.getProfile());
    assertNull(p1.getUser(), "p1 lost u1 to p2");
    p2.setUser(u2);
    assertNull(u1.getProfile());
    assertSame(p2, u2.getProfile());
  }

  @Test
  void backrefWithUselistFalseIsAScalarOneToOne() {
    Person ann = new Person("ann");
    Person bob = new Person("bob");
    Passport x = new Passport("X");
    Passport y = new Passport("Y");
    ann.setPassport(x);
    assertSame(ann, x.getPerson());
    y.setPerson(ann);
    assertSame(y, ann.getPassport());
    assertNull(x.getPerson(), "x lost ann to y");
    bob.setPassport(y);
    assertNull(ann.getPassport(), "ann lost y to bob");
    assertSame(bob, y.getPerson());
  }
}
