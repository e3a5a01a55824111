package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.model.Passport;
import org.relata.runtime.meta.fixture.model.Person;

/** Both sides of a one-to-one are scalars; taking the partner leaves no stale owner behind. */
class OneToOneMirroringTest {
  private final Person p1 = new Person("p1");
  private final Person p2 = new Person("p2");
  private final Passport n1 = new Passport("n1");
  private final Passport n2 = new Passport("n2");

  @Test
  void settingEitherSideSetsTheOther() {
    p1.setPassport(n1);
    assertSame(p1, n1.getHolder());
    n2.setHolder(p2);
    assertSame(n2, p2.getPassport());
  }

  @Test
  void takingAPassportFromItsHolderLeavesTheHolderWithNone() {
    p1.setPassport(n1);
    p2.setPassport(n1);
    assertSame(p2, n1.getHolder());
    assertNull(p1.getPassport());
  }

  @Test
  void takingFromTheKeySideAlsoClearsBothFormerPartners() {
    p1.setPassport(n1);
    p2.setPassport(n2);
    n1.setHolder(p2);
    assertSame(n1, p2.getPassport());
    assertNull(p1.getPassport());
    assertNull(n2.getHolder());
  }

  @Test
  void replacingAPassportReleasesTheOldOne() {
    p1.setPassport(n1);
    p1.setPassport(n2);
    assertNull(n1.getHolder());
    assertSame(p1, n2.getHolder());
    p1.setPassport(null);
    assertNull(n2.getHolder());
    assertNull(p1.getPassport());
  }

  @Test
  void settingTheSamePartnerAgainChangesNothing() {
    p1.setPassport(n1);
    n1.setHolder(p1);
    p1.setPassport(n1);
    assertSame(n1, p1.getPassport());
    assertSame(p1, n1.getHolder());
  }
}
