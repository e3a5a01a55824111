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
import org.jooq.Field;
import org.junit.jupiter.api.Test;
import org.relata.Cascade;
import org.relata.Lazy;
import org.relata.OnDelete;
import org.relata.it.model.assoc.Club;
import org.relata.it.model.assoc.Member;
import org.relata.it.model.assoc.Membership;
import org.relata.it.model.init.Author;
import org.relata.it.model.init.Book;
import org.relata.it.model.legacy.Owner;
import org.relata.it.model.legacy.Pet;
import org.relata.it.model.m2m.Association;
import org.relata.it.model.m2m.Parent;
import org.relata.it.model.m2m.child.Child;
import org.relata.it.model.nested.Library;
import org.relata.it.model.oneway.Post;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;
import org.relata.runtime.meta.AssociationType;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;

/** The generated metamodels describe tables, columns, keys and joins as the runtime expects. */
class MetamodelTest {
  @Test
  void tablesAndTypedColumns() {
    assertEquals("user_account", User.TABLE.getName());
    assertEquals("address", Address.TABLE.getName());
    assertEquals(
        List.of("address", "user_id"), List.of(Address.USER_ID.getQualifiedName().getName()));
    assertEquals(Long.class, Profile.ID.getType(), "primitive columns are boxed");
    assertEquals(Boolean.class, Profile.VISIBLE.getType());
    assertEquals("isbn_13", Book.ISBN.getName());
    assertEquals(LocalDate.class, Book.PUBLISHED.getType());
    assertEquals(byte[].class, Book.COVER.getType());
    assertEquals(Post.Status.class, Post.STATUS.getType());
    assertEquals("type", Post.TYPE_.getName(), "a clash with TYPE gets an underscore");
  }

  @Test
  void entityTypesRegisterAndDescribeColumns() {
    assertSame(User.TYPE, EntityType.of(User.class));
    EntityType<Post> post = EntityType.of(Post.class);
    assertEquals(
        List.of("id", "title", "blogId", "type", "status"),
        post.attributes().stream().map(Attribute::name).toList(),
        "static and transient fields are no columns; relationships are none either");
    assertEquals(List.of("id"), post.ids().stream().map(Attribute::name).toList());
    assertEquals(2, Membership.TYPE.ids().size(), "composite key");
    Attribute<Address, ?> userId = Address.TYPE.attribute(Address.USER_ID);
    assertTrue(userId.isForeignKey());
    assertSame(User.TYPE, userId.referencedType());
    assertEquals(OnDelete.CASCADE, Profile.TYPE.attribute(Profile.USER_ID).onDelete());
    assertInstanceOf(User.class, User.TYPE.newInstance());
  }

  @Test
  void attributesReadAndWriteFieldsAndJavaBeanProperties() {
    Address a = new Address("old@x");
    Attribute<Address, ?> email = Address.TYPE.attribute(Address.EMAIL);
    assertEquals("old@x", email.get(a));
    email.setOn(a, "new@x");
    assertEquals("new@x", a.getEmail(), "a private field goes through its getter and setter");
    Book b = new Book("b");
    Book.TYPE.attribute(Book.PRICE).setOn(b, 9.5);
    assertEquals(9.5, Book.TYPE.attribute(Book.PRICE).getFrom(b));
    Book.TYPE.attribute(Book.COVER).setOn(b, new byte[] {1, 2});
    assertArrayEquals(new byte[] {1, 2}, (byte[]) Book.TYPE.attribute(Book.COVER).getFrom(b));
  }

  @Test
  void foreignKeyJoinsSayWhichSideHoldsTheKey() {
    Join.ForeignKeyJoin toMany = assertInstanceOf(Join.ForeignKeyJoin.class, User.ADDRESSES.join());
    assertSame(Address.TYPE.attribute(Address.USER_ID), toMany.foreignKey());
    assertFalse(toMany.ownerHoldsKey());
    Join.ForeignKeyJoin toOne = assertInstanceOf(Join.ForeignKeyJoin.class, Address.USER.join());
    assertTrue(toOne.ownerHoldsKey());
    assertEquals(RelationshipKind.ONE_TO_ONE, User.PROFILE.kind());
    assertEquals(RelationshipKind.MANY_TO_ONE, Profile.USER.kind());
  }

  @Test
  void secondaryJoinsNameBothColumnsFromEachSide() {
    AssociationType association = AssociationType.of(Association.class);
    Field<Long> leftId = association.field("leftId", Long.class);
    Field<Long> rightId = association.field("rightId", Long.class);
    Join.SecondaryJoin left = assertInstanceOf(Join.SecondaryJoin.class, Parent.CHILDREN.join());
    assertSame(association, left.associationType());
    assertEquals(leftId, left.ownerColumn());
    assertEquals(rightId, left.targetColumn());
    Join.SecondaryJoin right = assertInstanceOf(Join.SecondaryJoin.class, Child.PARENTS.join());
    assertEquals(rightId, right.ownerColumn());
    assertEquals(RelationshipKind.MANY_TO_MANY, Child.PARENTS.kind());
    assertSame(Parent.TYPE, association.columns().get(0).referencedType());
    Join.SecondaryJoin viaEntity = assertInstanceOf(Join.SecondaryJoin.class, Member.CLUBS.join());
    assertSame(Membership.TYPE, viaEntity.associationEntity());
    assertNull(viaEntity.associationType());
  }

  @Test
  void relationshipSettingsAndReverses() {
    assertSame(Address.USER, User.ADDRESSES.reverse());
    assertSame(Owner.PETS, Pet.OWNER.reverse(), "a backref side mirrors back");
    assertSame(Pet.OWNER, Owner.PETS.reverse());
    assertNull(Post.BLOG.reverse(), "one-way");
    assertNull(Member.CLUBS.reverse());
    assertTrue(Member.CLUBS.viewonly());
    assertEquals(Lazy.JOINED, Membership.MEMBER.lazy());
    assertEquals(
        Set.of(Cascade.SAVE_UPDATE, Cascade.MERGE, Cascade.DELETE, Cascade.DELETE_ORPHAN),
        Club.MEMBERSHIPS.cascade());
    assertTrue(Club.MEMBERSHIPS.passiveDeletes());
    assertEquals("title DESC", Author.BOOKS.orderBy());
    assertEquals(List.of(User.ADDRESSES, User.PROFILE), User.TYPE.relationships());
  }

  @Test
  void nestedEntitiesUseFlattenedNames() {
    assertEquals(
        "org.relata.it.model.nested.Library_ShelfRelations",
        Library.Shelf.class.getSuperclass().getName());
    assertSame(Library.Shelf.TYPE, EntityType.of(Library.Shelf.class));
    Library lib = new Library();
    Library.Shelf shelf = new Library.Shelf();
    lib.getShelves().add(shelf);
    assertSame(lib, shelf.getLibrary());
    assertEquals("shelf", Library.Shelf.TABLE.getName());
    assertSame(Library.Shelf.LIBRARY, Library.SHELVES.reverse());
  }
}
