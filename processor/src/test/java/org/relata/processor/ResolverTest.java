package org.relata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.Direction;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.JoinModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;
import org.relata.processor.model.Resolution;
import org.relata.processor.model.Resolution.JoinProblem;
import org.relata.processor.model.Resolution.ReverseProblem;
import org.relata.processor.model.Shape;

/**
 * Resolution finds directions, joins and reverses, and records what it cannot settle instead of
 * throwing.
 */
class ResolverTest {
  private static final String USER =
      "package t; import java.util.*; import org.relata.*;\n"
          + "@Entity public class User { @Id Long id;\n"
          + "  @Relationship(backPopulates = \"user\") List<Address> addresses;\n"
          + "  @Relationship(foreignKey = \"reviewerId\") List<Address> reviewed;\n"
          + "  @Relationship(backPopulates = \"usr\") Set<Address> typo;\n"
          + "  @Relationship List<String> notAnEntity; }";
  private static final String ADDRESS =
      "package t; import org.relata.*;\n"
          + "@Entity public class Address { @Id Long id; private String email;\n"
          + "  @ForeignKey(User.class) Long userId; @ForeignKey(User.class) Long reviewerId;\n"
          + "  @Relationship(backPopulates = \"addresses\", foreignKey = \"userId\") User user; }";

  @Test
  void columnsAndEntityFacts() {
    Model model = ModelCapture.modelOf("t.User", USER, "t.Address", ADDRESS);
    EntityModel address = model.entity("t.Address");
    assertEquals("address", address.tableName());
    assertEquals(
        List.of("id", "email", "userId", "reviewerId"),
        address.columns().stream().map(ColumnModel::javaName).toList());
    assertEquals(
        ColumnModel.Access.NONE, address.column("email").access(), "private and no getter/setter");
    assertEquals("reviewer_id", address.column("reviewerId").columnName());
    assertTrue(address.hasNoArgConstructor());
    assertFalse(address.extendsRelations());
    assertEquals("AddressRelations", address.relationsName());
  }

  @Test
  void ambiguousForeignKeysListTheCandidates() {
    Model model = ModelCapture.modelOf("t.User", USER, "t.Address", ADDRESS);
    Resolution addresses = model.resolution(relationship(model, "t.User", "addresses"));
    assertEquals(JoinProblem.AMBIGUOUS_FOREIGN_KEY, addresses.joinProblem());
    assertEquals(
        List.of("userId", "reviewerId"),
        addresses.candidates().stream().map(ColumnModel::javaName).toList());
    assertNull(addresses.direction());
    assertSame(
        relationship(model, "t.Address", "user"),
        addresses.reverse(),
        "the reverse resolves even so");
  }

  @Test
  void foreignKeyPicksTheJoin() {
    Model model = ModelCapture.modelOf("t.User", USER, "t.Address", ADDRESS);
    Resolution reviewed = model.resolution(relationship(model, "t.User", "reviewed"));
    assertEquals(Direction.ONE_TO_MANY, reviewed.direction());
    JoinModel.ForeignKeyJoin join =
        assertInstanceOf(JoinModel.ForeignKeyJoin.class, reviewed.join());
    assertEquals("reviewerId", join.foreignKey().javaName());
    assertFalse(join.ownerHoldsKey());
    Resolution user = model.resolution(relationship(model, "t.Address", "user"));
    assertEquals(Direction.MANY_TO_ONE, user.direction());
    assertTrue(((JoinModel.ForeignKeyJoin) user.join()).ownerHoldsKey());
  }

  @Test
  void unknownReverseNamesAreRecordedWithCandidates() {
    Model model = ModelCapture.modelOf("t.User", USER, "t.Address", ADDRESS);
    Resolution typo = model.resolution(relationship(model, "t.User", "typo"));
    assertEquals(ReverseProblem.NOT_FOUND, typo.reverseProblem());
    assertEquals(List.of("user"), typo.reverseCandidates());
    Resolution notEntity = model.resolution(relationship(model, "t.User", "notAnEntity"));
    assertEquals(JoinProblem.TARGET_NOT_ENTITY, notEntity.joinProblem());
    assertNull(notEntity.target());
  }

  @Test
  void backrefsAreMaterializedWithTheJoinReversed() {
    Model model =
        ModelCapture.modelOf(
            "t.Owner",
            "package t; import java.util.*; import org.relata.*;\n"
                + "@Entity public class Owner { @Id Long id; @Relationship @Backref(\"owner\") List<Pet> pets;\n"
                + "  @ForeignKey(Pet.class) Long favouriteId;\n"
                + "  @Relationship(foreignKey = \"favouriteId\") @Backref(value = \"fan\", uselist = false) Pet favourite; }",
            "t.Pet",
            "package t; import org.relata.*; @Entity public class Pet { @Id Long id; @ForeignKey(Owner.class) Long ownerId; }");
    RelationshipModel owner = relationship(model, "t.Pet", "owner");
    assertTrue(owner.isMaterialized());
    assertEquals(Shape.SCALAR, owner.shape());
    Resolution r = model.resolution(owner);
    assertEquals(Direction.MANY_TO_ONE, r.direction());
    assertTrue(((JoinModel.ForeignKeyJoin) r.join()).ownerHoldsKey());
    assertSame(relationship(model, "t.Owner", "pets"), r.reverse());
    assertSame(owner, model.resolution(relationship(model, "t.Owner", "pets")).reverse());
    RelationshipModel fan = relationship(model, "t.Pet", "fan");
    assertEquals(Shape.SCALAR, fan.shape(), "uselist = false");
    assertEquals(Direction.ONE_TO_ONE, model.resolution(fan).direction());
  }

  @Test
  void secondaryJoinsAndSelfReferenceNeedAForeignKeyWhenAmbiguous() {
    Model model =
        ModelCapture.modelOf(
            "t.Person",
            "package t; import java.util.*; import org.relata.*;\n"
                + "@Entity public class Person { @Id Long id;\n"
                + "  @Relationship(secondary = Friendship.class) List<Person> friends;\n"
                + "  @Relationship(secondary = Friendship.class, foreignKey = \"a\") List<Person> following; }",
            "t.Friendship",
            "package t; import org.relata.*;\n"
                + "@AssociationTable record Friendship(@ForeignKey(Person.class) Long a, @ForeignKey(Person.class) Long b) {}");
    Resolution friends = model.resolution(relationship(model, "t.Person", "friends"));
    assertEquals(JoinProblem.AMBIGUOUS_FOREIGN_KEY, friends.joinProblem());
    Resolution following = model.resolution(relationship(model, "t.Person", "following"));
    assertEquals(Direction.MANY_TO_MANY, following.direction());
    JoinModel.SecondaryJoin join =
        assertInstanceOf(JoinModel.SecondaryJoin.class, following.join());
    assertEquals("a", join.ownerColumn().javaName());
    assertEquals("b", join.targetColumn().javaName());
    assertEquals("friendship", model.associationTable("t.Friendship").tableName());
  }

  private static RelationshipModel relationship(Model model, String entity, String name) {
    RelationshipModel r = model.relationship(model.entity(entity), name);
    if (r == null) {
      throw new AssertionError(entity + "." + name + " not in the model");
    }
    return r;
  }
}
