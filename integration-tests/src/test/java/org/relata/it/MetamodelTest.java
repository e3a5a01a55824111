package org.relata.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relata.Cascade;
import org.relata.Lazy;
import org.relata.OnDelete;
import org.relata.it.model.assoc.Club_;
import org.relata.it.model.assoc.Member_;
import org.relata.it.model.assoc.Membership_;
import org.relata.it.model.init.Author_;
import org.relata.it.model.init.Book;
import org.relata.it.model.init.Book_;
import org.relata.it.model.legacy.Owner_;
import org.relata.it.model.legacy.Pet_;
import org.relata.it.model.m2m.Association_;
import org.relata.it.model.m2m.Parent_;
import org.relata.it.model.m2m.child.Child_;
import org.relata.it.model.nested.Library;
import org.relata.it.model.nested.Library_;
import org.relata.it.model.nested.Library_Shelf_;
import org.relata.it.model.oneway.Post;
import org.relata.it.model.oneway.Post_;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Address_;
import org.relata.it.model.users.Profile_;
import org.relata.it.model.users.User;
import org.relata.it.model.users.User_;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;

/** The generated metamodels describe tables, columns, keys and joins as the runtime expects. */
class MetamodelTest {
  @Test
  void tablesAndTypedColumns() {
    assertEquals("user_account", User_.TABLE.getName());
    assertEquals("address", Address_.TABLE.getName());
    assertEquals(
        List.of("address", "user_id"), List.of(Address_.USER_ID.getQualifiedName().getName()));
    assertEquals(Long.class, Profile_.ID.getType(), "primitive columns are boxed");
    assertEquals(Boolean.class, Profile_.VISIBLE.getType());
    assertEquals("isbn_13", Book_.ISBN.getName());
    assertEquals(LocalDate.class, Book_.PUBLISHED.getType());
    assertEquals(byte[].class, Book_.COVER.getType());
    assertEquals(Post.Status.class, Post_.STATUS.getType());
    assertEquals("type", Post_.TYPE_.getName(), "a clash with TYPE gets an underscore");
  }

  @Test
  void entityTypesRegisterAndDescribeColumns() {
    assertSame(User_.TYPE, EntityType.of(User.class));
    EntityType<Post> post = EntityType.of(Post.class);
    assertEquals(
        List.of("id", "title", "blogId", "type", "status"),
        post.attributes().stream().map(Attribute::name).toList(),
        "static and transient fields are no columns; relationships are none either");
    assertEquals(List.of("id"), post.ids().stream().map(Attribute::name).toList());
    assertEquals(2, Membership_.TYPE.ids().size(), "composite key");
    Attribute<Address, ?> userId = Address_.TYPE.attribute(Address_.USER_ID);
    assertTrue(userId.isForeignKey());
    assertSame(User_.TYPE, userId.referencedType());
    assertEquals(OnDelete.CASCADE, Profile_.TYPE.attribute(Profile_.USER_ID).onDelete());
    assertInstanceOf(User.class, User_.TYPE.newInstance());
  }

  @Test
  void attributesReadAndWriteFieldsAndJavaBeanProperties() {
    Address a = new Address("old@x");
    Attribute<Address, ?> email = Address_.TYPE.attribute(Address_.EMAIL);
    assertEquals("old@x", email.get(a));
    email.setOn(a, "new@x");
    assertEquals("new@x", a.getEmail(), "a private field goes through its getter and setter");
    Book b = new Book("b");
    Book_.TYPE.attribute(Book_.PRICE).setOn(b, 9.5);
    assertEquals(9.5, Book_.TYPE.attribute(Book_.PRICE).getFrom(b));
    Book_.TYPE.attribute(Book_.COVER).setOn(b, new byte[] {1, 2});
    assertArrayEquals(new byte[] {1, 2}, (byte[]) Book_.TYPE.attribute(Book_.COVER).getFrom(b));
  }

  @Test
  void foreignKeyJoinsSayWhichSideHoldsTheKey() {
    Join.ForeignKeyJoin toMany =
        assertInstanceOf(Join.ForeignKeyJoin.class, User_.ADDRESSES.join());
    assertSame(Address_.TYPE.attribute(Address_.USER_ID), toMany.foreignKey());
    assertFalse(toMany.ownerHoldsKey());
    Join.ForeignKeyJoin toOne = assertInstanceOf(Join.ForeignKeyJoin.class, Address_.USER.join());
    assertTrue(toOne.ownerHoldsKey());
    assertEquals(RelationshipKind.ONE_TO_ONE, User_.PROFILE.kind());
    assertEquals(RelationshipKind.MANY_TO_ONE, Profile_.USER.kind());
  }

  @Test
  void secondaryJoinsNameBothColumnsFromEachSide() {
    Join.SecondaryJoin left = assertInstanceOf(Join.SecondaryJoin.class, Parent_.CHILDREN.join());
    assertSame(Association_.TYPE, left.associationType());
    assertEquals(Association_.LEFT_ID, left.ownerColumn());
    assertEquals(Association_.RIGHT_ID, left.targetColumn());
    Join.SecondaryJoin right = assertInstanceOf(Join.SecondaryJoin.class, Child_.PARENTS.join());
    assertEquals(Association_.RIGHT_ID, right.ownerColumn());
    assertEquals(RelationshipKind.MANY_TO_MANY, Child_.PARENTS.kind());
    assertSame(Parent_.TYPE, Association_.TYPE.columns().get(0).referencedType());
    Join.SecondaryJoin viaEntity = assertInstanceOf(Join.SecondaryJoin.class, Member_.CLUBS.join());
    assertSame(Membership_.TYPE, viaEntity.associationEntity());
    assertNull(viaEntity.associationType());
  }

  @Test
  void relationshipSettingsAndReverses() {
    assertSame(Address_.USER, User_.ADDRESSES.reverse());
    assertSame(Owner_.PETS, Pet_.OWNER.reverse(), "a backref side mirrors back");
    assertSame(Pet_.OWNER, Owner_.PETS.reverse());
    assertNull(Post_.BLOG.reverse(), "one-way");
    assertNull(Member_.CLUBS.reverse());
    assertTrue(Member_.CLUBS.viewonly());
    assertEquals(Lazy.JOINED, Membership_.MEMBER.lazy());
    assertEquals(
        Set.of(Cascade.SAVE_UPDATE, Cascade.MERGE, Cascade.DELETE, Cascade.DELETE_ORPHAN),
        Club_.MEMBERSHIPS.cascade());
    assertTrue(Club_.MEMBERSHIPS.passiveDeletes());
    assertEquals("title DESC", Author_.BOOKS.orderBy());
    assertEquals(List.of(User_.ADDRESSES, User_.PROFILE), User_.TYPE.relationships());
  }

  @Test
  void nestedEntitiesUseFlattenedNames() {
    assertEquals(
        "org.relata.it.model.nested.Library_Shelf_", EntityType.metamodelName(Library.Shelf.class));
    assertSame(Library_Shelf_.TYPE, EntityType.of(Library.Shelf.class));
    Library lib = new Library();
    Library.Shelf shelf = new Library.Shelf();
    lib.getShelves().add(shelf);
    assertSame(lib, shelf.getLibrary());
    assertEquals("shelf", Library_Shelf_.TABLE.getName());
    assertSame(Library_Shelf_.LIBRARY, Library_.SHELVES.reverse());
  }
}
