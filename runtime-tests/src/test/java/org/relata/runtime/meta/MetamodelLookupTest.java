package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relata.OnDelete;
import org.relata.runtime.meta.fixture.addresses.Address;
import org.relata.runtime.meta.fixture.addresses.Address_;
import org.relata.runtime.meta.fixture.model.Card;
import org.relata.runtime.meta.fixture.model.ParentChild;
import org.relata.runtime.meta.fixture.users.User;
import org.relata.runtime.meta.fixture.users.User_;

/**
 * The paths that generated metamodels use instead of lambdas: fields read and written through an
 * accessor's slots, and other sides named and looked up when first needed.
 */
class MetamodelLookupTest {
  @SuppressWarnings("unchecked")
  private static <T> Attribute<User, T> userAttribute(String name) {
    return (Attribute<User, T>) User_.TYPE.attribute(name);
  }

  @Test
  void attributesReadAndWriteThroughTheirSlots() {
    User u = new User("ann");
    Attribute<User, Long> id = userAttribute("id");
    Attribute<User, String> name = userAttribute("name");
    id.set(u, 7L);
    assertEquals(7L, id.get(u));
    assertEquals("ann", name.getFrom(u));
    name.setOn(u, "bob");
    assertEquals("bob", u.getName());
    assertThrows(ClassCastException.class, () -> name.setOn(u, 1));
  }

  @Test
  void aCollectionSideStoresItsLiveListThroughItsSlot() {
    User u = new User("ann", new java.util.ArrayList<>(List.of(new Address("a"))));
    List<Address> live = User_.ADDRESSES.list(u);
    assertSame(live, User_.ADDRESSES.tracked(u));
    assertSame(u, live.get(0).getUser());
  }

  @Test
  void namedReverseAndForeignKeyAreLookedUpLazily() {
    assertSame(Address_.USER, User_.ADDRESSES.reverse());
    assertEquals(
        new Join.ForeignKeyJoin(Address_.TYPE.attribute("userId"), false), User_.ADDRESSES.join());
  }

  @Test
  void idsAndForeignKeysOfSlottedColumnsAreMarked() {
    // Card has no relationships, so it need not extend a generated base: found by its class.
    EntityType<Card> type = EntityType.of(Card.class);
    assertEquals(List.of(type.attribute("id")), type.ids());
    Attribute<Card, ?> owner = type.attribute("ownerId");
    assertEquals(false, owner.isId());
    assertSame(User_.TYPE, owner.referencedType());
    assertEquals(OnDelete.CASCADE, owner.onDelete());
    Card card = type.newInstance();
    owner.setOn(card, 5L);
    assertEquals(5L, card.getOwnerId());
    assertEquals(5L, owner.getFrom(card));
    assertEquals(false, type.attribute("id").isForeignKey());
  }

  @Test
  void unknownNamesAreErrors() {
    EntityType<User> type = EntityType.of(User.class);
    assertThrows(IllegalArgumentException.class, () -> type.attribute("nope"));
    assertThrows(IllegalArgumentException.class, () -> type.relationship("nope", Address.class));
    assertThrows(IllegalArgumentException.class, () -> EntityType.of(ParentChild.class));
    assertThrows(IllegalArgumentException.class, () -> EntityType.of(MetamodelLookupTest.class));
  }
}
