package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.addresses.Address;
import org.relata.runtime.meta.fixture.addresses.Address_;
import org.relata.runtime.meta.fixture.users.User;
import org.relata.runtime.meta.fixture.users.User_;

/**
 * The paths that generated metamodels use instead of lambdas: fields read and written through an
 * accessor's slots, and other sides named and looked up when first needed.
 */
class MetamodelLookupTest {
  @Test
  void attributesReadAndWriteThroughTheirSlots() {
    User u = new User("ann");
    User_.ID_ATTRIBUTE.set(u, 7L);
    assertEquals(7L, User_.ID_ATTRIBUTE.get(u));
    assertEquals("ann", User_.NAME_ATTRIBUTE.getFrom(u));
    User_.NAME_ATTRIBUTE.setOn(u, "bob");
    assertEquals("bob", u.getName());
    assertThrows(ClassCastException.class, () -> User_.NAME_ATTRIBUTE.setOn(u, 1));
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
        new Join.ForeignKeyJoin(Address_.USER_ID_ATTRIBUTE, false), User_.ADDRESSES.join());
  }

  /** A class described by hand below, the way generated code describes an entity. */
  static final class Card {
    Long id;
    Long ownerId;
  }

  @Test
  void theBuilderMarksIdsAndForeignKeysOfSlottedColumns() {
    Accessor<Card> access =
        new Accessor<>() {
          @Override
          public Object get(int slot, Card card) {
            return slot == 0 ? card.id : card.ownerId;
          }

          @Override
          public void set(int slot, Card card, Object value) {
            if (slot == 0) {
              card.id = (Long) value;
            } else {
              card.ownerId = (Long) value;
            }
          }
        };
    EntityType<Card> type =
        EntityType.<Card>builder(Card.class, Tables.table("card"), Card::new, access)
            .id("id", Tables.column("card", "id", Long.class), 0)
            .column("ownerId", Tables.column("card", "owner_id", Long.class), 1)
            .references(User.class, org.relata.OnDelete.CASCADE)
            .build();
    assertEquals(List.of(type.attribute("id")), type.ids());
    Attribute<Card, ?> owner = type.attribute("ownerId");
    assertEquals(false, owner.isId());
    assertSame(User_.TYPE, owner.referencedType());
    assertEquals(org.relata.OnDelete.CASCADE, owner.onDelete());
    Card card = type.newInstance();
    owner.setOn(card, 5L);
    assertEquals(5L, card.ownerId);
    assertEquals(5L, owner.getFrom(card));
    assertEquals(false, type.attribute("id").isForeignKey());
  }

  @Test
  void unknownNamesAreErrors() {
    EntityType<User> type = EntityType.of(User.class);
    assertThrows(IllegalArgumentException.class, () -> type.attribute("nope"));
    assertThrows(IllegalArgumentException.class, () -> type.relationship("nope", Address.class));
    ScalarRelationship<Address, User> dangling =
        ScalarRelationship.<Address, User>builder(
                "user",
                Address.class,
                User.class,
                RelationshipKind.MANY_TO_ONE,
                new Accessor<Address>() {
                  @Override
                  public Object get(int slot, Address entity) {
                    throw Accessor.noSuchSlot(slot);
                  }

                  @Override
                  public void set(int slot, Address entity, Object value) {
                    throw Accessor.noSuchSlot(slot);
                  }
                },
                0)
            .backPopulates("missing")
            .foreignKeyJoin(Address.class, "missing", true)
            .build();
    assertThrows(IllegalArgumentException.class, dangling::reverse);
    assertThrows(IllegalArgumentException.class, dangling::join);
    assertThrows(IllegalArgumentException.class, () -> dangling.peek(new Address("a")));
  }
}
