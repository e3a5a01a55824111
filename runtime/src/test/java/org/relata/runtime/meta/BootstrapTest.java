package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.util.EnumSet;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.relata.Cascade;
import org.relata.Lazy;
import org.relata.OnDelete;
import org.relata.runtime.meta.bootstrap.Favorite;
import org.relata.runtime.meta.bootstrap.Owner;
import org.relata.runtime.meta.bootstrap.OwnerRelations;
import org.relata.runtime.meta.bootstrap.Pet;
import org.relata.runtime.meta.bootstrap.PetRelations;
import org.relata.runtime.meta.bootstrap.Stray;

/**
 * {@link EntityType#bootstrap}: the type, its jOOQ fields and its relationships built from the
 * hand-written structures of the {@code bootstrap} fixture, and the hidden accessor at work.
 */
class BootstrapTest {
  @Test
  void tablesAndFieldsAreQualifiedByTheirSchemaAndTable() {
    assertEquals(DSL.table(DSL.name("zoo", "owner")), OwnerRelations.TABLE);
    assertEquals(
        List.of("zoo", "owner", "id"), List.of(OwnerRelations.ID.getQualifiedName().getName()));
    assertEquals(Long.class, OwnerRelations.ID.getType());
    assertEquals(DSL.table(DSL.name("pet")), PetRelations.TABLE);
    assertEquals(List.of("pet", "id"), List.of(PetRelations.ID.getQualifiedName().getName()));
    assertEquals(byte[].class, PetRelations.TYPE.field("photo").getType());
  }

  @Test
  void anEnumColumnIsStoredByNameInAVarchar() {
    Field<Pet.Color> color = PetRelations.COLOR;
    assertEquals(Pet.Color.class, color.getType());
    assertEquals(SQLDataType.VARCHAR.getSQLDataType(), color.getDataType().getSQLDataType());
    assertEquals("WHITE", color.getDataType().getConverter().to(Pet.Color.WHITE));
  }

  @Test
  void theTypeIsRegisteredAndKnowsIdsGeneratedColumnsAndForeignKeys() {
    EntityType<Pet> type = EntityType.of(Pet.class);
    assertSame(PetRelations.TYPE, type);
    assertEquals(List.of(type.attribute("id")), type.ids());
    assertEquals(List.of(type.attribute("id")), type.generated());
    Attribute<Pet, ?> ownerId = type.attribute("ownerId");
    assertTrue(ownerId.isForeignKey());
    assertSame(OwnerRelations.TYPE, ownerId.referencedType());
    assertEquals(OnDelete.CASCADE, ownerId.onDelete());
    assertFalse(type.attribute("legs").isForeignKey());
    assertEquals(
        List.of(
            "id", "name", "legs", "tame", "weight", "age", "toys", "height", "born", "color",
            "ownerId", "photo"),
        type.attributes().stream().map(Attribute::name).toList());
  }

  @Test
  void everyColumnKindRoundTripsThroughTheAccessor() {
    EntityType<Pet> type = PetRelations.TYPE;
    Pet pet = type.newInstance();
    Object[][] values = {
      {"id", 7L},
      {"name", "rex"},
      {"legs", 4},
      {"tame", true},
      {"weight", 12.5},
      {"age", (byte) 3},
      {"toys", (short) 9},
      {"height", 0.5f},
      {"born", 1_700_000_000_000L},
      {"color", Pet.Color.BLACK},
      {"ownerId", 11L},
      {"photo", new byte[] {1, 2}}
    };
    for (Object[] v : values) {
      type.attribute((String) v[0]).setOn(pet, v[1]);
    }
    for (Object[] v : values) {
      assertEquals(v[1], type.attribute((String) v[0]).getFrom(pet), (String) v[0]);
    }
    assertEquals("rex", pet.getName());
    assertArrayEquals(new byte[] {1, 2}, (byte[]) type.attribute("photo").getFrom(pet));
  }

  @Test
  void theAccessorChecksTypesAndSlots() {
    Pet pet = new Pet("rex");
    Accessor<Pet> accessor = accessorOf(PetRelations.TYPE);
    assertThrows(ClassCastException.class, () -> accessor.set(2, pet, "four"));
    assertThrows(ClassCastException.class, () -> accessor.set(1, pet, 4));
    assertThrows(NullPointerException.class, () -> accessor.set(2, pet, null));
    accessor.set(0, pet, null);
    assertNull(accessor.get(0, pet));
    IllegalArgumentException bad =
        assertThrows(IllegalArgumentException.class, () -> accessor.get(99, pet));
    assertEquals("no such slot: 99", bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> accessor.set(-1, pet, null));
    assertTrue(accessor.getClass().isHidden());
    assertEquals(Pet.class.getPackageName(), accessor.getClass().getPackageName());
  }

  @SuppressWarnings("unchecked")
  private static Accessor<Pet> accessorOf(EntityType<Pet> type) {
    // The factory is the accessor's instance too: the hidden class implements both.
    try {
      java.lang.reflect.Field f = EntityType.class.getDeclaredField("factory");
      f.setAccessible(true);
      return (Accessor<Pet>) f.get(type);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void relationshipsAreBuiltFromTheResourceAndResolveTheirOtherSidesLazily() {
    ScalarRelationship<Pet, Owner> owner = PetRelations.OWNER;
    assertEquals(RelationshipKind.MANY_TO_ONE, owner.kind());
    assertEquals(Lazy.JOINED, owner.lazy());
    assertEquals(EnumSet.noneOf(Cascade.class), owner.cascade());
    assertSame(OwnerRelations.PETS, owner.reverse());
    assertEquals(
        new Join.ForeignKeyJoin(PetRelations.TYPE.attribute("ownerId"), true), owner.join());

    CollectionRelationship<Owner, Pet> pets = OwnerRelations.PETS;
    assertEquals(CollectionRelationship.Shape.LIST, pets.shape());
    assertEquals(EnumSet.of(Cascade.SAVE_UPDATE, Cascade.MERGE), pets.cascade());
    assertEquals(
        new Join.ForeignKeyJoin(PetRelations.TYPE.attribute("ownerId"), false), pets.join());

    CollectionRelationship<Owner, Pet> favorites = OwnerRelations.FAVORITES;
    assertEquals(CollectionRelationship.Shape.SET, favorites.shape());
    assertTrue(favorites.viewonly());
    assertEquals("name", favorites.orderBy());
    assertNull(favorites.reverse());
    Join.SecondaryJoin join = assertInstanceOf(Join.SecondaryJoin.class, favorites.join());
    AssociationType link = AssociationType.of(Favorite.class);
    assertSame(link, join.associationType());
    assertEquals(link.field("ownerId", Long.class), join.ownerColumn());
    assertEquals(link.field("petId", Long.class), join.targetColumn());
  }

  @Test
  void mirroringWorksThroughTheHiddenAccessorAndTheBackrefStorageInERelations() {
    Owner ann = new Owner(1, "ann");
    Pet rex = new Pet("rex");
    rex.setOwner(ann);
    assertEquals(List.of(rex), ann.getPets());
    ann.setPets(List.of());
    assertNull(rex.getOwner());
  }

  @Test
  void anAssociationTableIsReadFromItsResource() {
    AssociationType link = AssociationType.of(Favorite.class);
    assertSame(link, AssociationType.lookup(Favorite.class));
    assertEquals(DSL.table(DSL.name("favorite")), link.table());
    assertEquals(
        List.of("favorite", "pet_id"),
        List.of(link.field("petId", Long.class).getQualifiedName().getName()));
    assertSame(PetRelations.TYPE, link.columns().get(1).referencedType());
    IllegalArgumentException wrongType =
        assertThrows(IllegalArgumentException.class, () -> link.field("petId", String.class));
    assertEquals(
        "Favorite.petId holds java.lang.Long, not java.lang.String", wrongType.getMessage());
    assertThrows(IllegalArgumentException.class, () -> link.field("nope", Long.class));
    assertNull(AssociationType.lookup(Pet.class));
    IllegalArgumentException notLink =
        assertThrows(IllegalArgumentException.class, () -> AssociationType.of(String.class));
    assertTrue(
        notLink.getMessage().contains("java.lang.String is not an @AssociationTable"),
        notLink.getMessage());
  }

  @Test
  void namesThatAreAbsentOrOfTheOtherKindAreErrors() {
    EntityType<Owner> type = OwnerRelations.TYPE;
    assertEquals(
        "Owner (owner) has no attribute nope",
        assertThrows(IllegalArgumentException.class, () -> type.field("nope")).getMessage());
    assertEquals(
        "Owner.pets is a collection, not a scalar",
        assertThrows(IllegalArgumentException.class, () -> type.scalar("pets")).getMessage());
    assertEquals(
        "Pet.owner is a scalar, not a collection",
        assertThrows(IllegalArgumentException.class, () -> PetRelations.TYPE.collection("owner"))
            .getMessage());
    assertEquals(
        "Owner (owner) has no relationship nope",
        assertThrows(IllegalArgumentException.class, () -> type.collection("nope")).getMessage());
  }

  @Test
  void ofNamesWhatIsNotAnEntity() {
    IllegalArgumentException plain =
        assertThrows(IllegalArgumentException.class, () -> EntityType.of(String.class));
    assertEquals(
        "java.lang.String is not an entity: there is no generated java.lang.StringRelations."
            + " Annotate it with @org.relata.Entity and compile with the Relata processor.",
        plain.getMessage());
    IllegalArgumentException link =
        assertThrows(IllegalArgumentException.class, () -> EntityType.of(Favorite.class));
    assertTrue(
        link.getMessage().contains("is an @AssociationTable, not an @Entity"), link.getMessage());
  }

  @Test
  void aStructureOfAnotherFormatVersionIsNamedByItsClass() {
    ExceptionInInitializerError e =
        assertThrows(ExceptionInInitializerError.class, () -> EntityType.of(Stray.class));
    assertEquals(
        "the structure of org.relata.runtime.meta.bootstrap.Stray, line 1: unknown version 2;"
            + " this runtime reads version 1: use the Relata processor and runtime of the same"
            + " release. The Relata processor writes it; recompile the class with it.",
        e.getCause().getMessage());
  }

  @Test
  void bootstrapNeedsAFullLookupInTheEntitysPackage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EntityType.bootstrap(MethodHandles.lookup(), Pet.class, "relata\t1\tentity\n"));
    assertTrue(
        e.getMessage().contains("needs MethodHandles.lookup() of a class in its package"),
        e.getMessage());
  }
}
