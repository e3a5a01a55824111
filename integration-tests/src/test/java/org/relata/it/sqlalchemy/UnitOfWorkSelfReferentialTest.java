package org.relata.it.sqlalchemy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.sqla.nodes.Node;
import org.relata.it.session.Backend;
import org.relata.it.session.TestDatabase;
import org.relata.runtime.Session;

/**
 * Ported from SQLAlchemy's {@code test/orm/test_unitofworkv2.py} SingleCycleTest: a
 * self-referential adjacency list {@code nodes}, its INSERT, UPDATE and DELETE order.
 */
class UnitOfWorkSelfReferentialTest extends PortedTest {

  @Override
  Class<?>[] model() {
    return new Class<?>[] {Node.class};
  }

  static Node n1WithN2N3() {
    Node n1 = new Node("n1");
    n1.getChildren().add(new Node("n2"));
    n1.getChildren().add(new Node("n3"));
    return n1;
  }

  // test_unitofworkv2.py, SingleCycleTest.test_one_to_many_save
  @ParameterizedTest
  @EnumSource(Backend.class)
  void savesTheParentNodeBeforeItsChildren(Backend backend) {
    TestDatabase db = db(backend);
    Node n1 = n1WithN2N3();
    try (Session s = db.open()) {
      s.add(n1);
      s.flush();
      assertEquals(List.of("INSERT", "INSERT", "INSERT"), db.log.kinds());
      s.commit();
      Rows.assertTable(db, Node.class, n1, n1.getChildren().get(0), n1.getChildren().get(1));
      assertEquals(n1.getId(), n1.getChildren().get(0).getParentId());
    }
  }

  // test_unitofworkv2.py, SingleCycleTest.test_one_to_many_delete_parent
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingTheParentNodeNullsItsChildren(Backend backend) {
    TestDatabase db = db(backend);
    Node n1 = n1WithN2N3();
    try (Session s = db.open()) {
      s.add(n1);
      s.flush();
      Node n2 = n1.getChildren().get(0);
      Node n3 = n1.getChildren().get(1);
      s.delete(n1);
      db.log.reset();
      s.flush();
      assertEquals(List.of("UPDATE", "DELETE"), db.log.kinds(), db.log.toString());
      s.commit();
      Rows.assertTable(db, Node.class, n2, n3);
      assertNull(n2.getParentId());
    }
  }

  // test_unitofworkv2.py, SingleCycleTest.test_many_to_one_save
  @ParameterizedTest
  @EnumSource(Backend.class)
  void savingChildrenSavesTheirParentFirst(Backend backend) {
    TestDatabase db = db(backend);
    Node n1 = new Node("n1");
    Node n2 = new Node("n2");
    Node n3 = new Node("n3");
    n2.setParent(n1);
    n3.setParent(n1);
    try (Session s = db.open()) {
      s.addAll(List.of(n2, n3));
      s.flush();
      assertEquals(List.of("INSERT", "INSERT", "INSERT"), db.log.kinds());
      s.commit();
      Rows.assertTable(db, Node.class, n1, n2, n3);
      assertEquals(n1.getId(), n3.getParentId());
    }
  }

  // test_unitofworkv2.py, SingleCycleTest.test_many_to_one_delete_all
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingAllThroughTheManyToOnesDeletesChildrenFirst(Backend backend) {
    TestDatabase db = db(backend);
    Node n1 = new Node("n1");
    Node n2 = new Node("n2");
    Node n3 = new Node("n3");
    n2.setParent(n1);
    n3.setParent(n1);
    try (Session s = db.open()) {
      s.addAll(List.of(n2, n3));
      s.flush();
      s.delete(n1);
      s.delete(n2);
      s.delete(n3);
      s.commit();
      Rows.assertTable(db, Node.class);
    }
  }

  // test_unitofworkv2.py, SingleCycleTest.test_many_to_one_set_null_unloaded
  @ParameterizedTest
  @EnumSource(Backend.class)
  void clearingAnUnloadedParentIsOneUpdate(Backend backend) {
    TestDatabase db = db(backend);
    Node n1 = new Node("n1");
    Node n2 = new Node("n2");
    n2.setParent(n1);
    try (Session s = db.open()) {
      s.addAll(List.of(n1, n2));
      s.commit();
    }
    try (Session s = db.open()) {
      Node loaded = s.query(Node.class).where(Node.DATA.eq("n2")).first();
      loaded.setParent(null);
      db.log.reset();
      s.flush();
      assertEquals(List.of("UPDATE"), db.log.kinds(), db.log.toString());
      s.commit();
      Rows.assertTable(db, Node.class, s.get(Node.class, n1.getId()), loaded);
      assertNull(loaded.getParentId());
    }
  }

  // test_unitofworkv2.py, SingleCycleTest.test_bidirectional_mutations_one
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deleteAChildAppendAnotherThenDeleteTheRest(Backend backend) {
    TestDatabase db = db(backend);
    Node n1 = new Node("n1");
    Node n2 = new Node("n2");
    Node n3 = new Node("n3");
    n1.getChildren().add(n2);
    try (Session s = db.open()) {
      s.add(n1);
      s.flush();
      s.delete(n2);
      n1.getChildren().add(n3);
      s.flush();
      s.commit();
      Rows.assertTable(db, Node.class, n1, n3);
      s.delete(n1);
      s.delete(n3);
      s.commit();
      Rows.assertTable(db, Node.class);
    }
  }

  // test_unitofworkv2.py, SingleCycleTest.test_bidirectional_multilevel_save
  @ParameterizedTest
  @EnumSource(Backend.class)
  void twoLevelTreeIsSavedLevelByLevel(Backend backend) {
    TestDatabase db = db(backend);
    Node n1 = new Node("n1");
    n1.getChildren().add(new Node("n11"));
    Node n12 = new Node("n12");
    n1.getChildren().add(n12);
    n1.getChildren().add(new Node("n13"));
    n12.getChildren().add(new Node("n121"));
    n12.getChildren().add(new Node("n122"));
    n12.getChildren().add(new Node("n123"));
    try (Session s = db.open()) {
      s.add(n1);
      s.commit();
      List<Node> all = new java.util.ArrayList<>(List.of(n1));
      all.addAll(n1.getChildren());
      all.addAll(n12.getChildren());
      Rows.assertTable(db, Node.class, all.toArray(new Node[0]));
      assertEquals(n12.getId(), n12.getChildren().get(2).getParentId());
    }
  }

  // test_unitofworkv2.py, SingleCycleTest.test_delete_unloaded_m2o (read back in a new session
  // instead of expired)
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingReadBackParentAndChildren(Backend backend) {
    TestDatabase db = db(backend);
    Node parent = new Node("p");
    Node c1 = new Node("c1");
    Node c2 = new Node("c2");
    c1.setParent(parent);
    c2.setParent(parent);
    try (Session s = db.open()) {
      s.addAll(List.of(c1, c2, parent));
      s.commit();
    }
    try (Session s = db.open()) {
      s.delete(s.get(Node.class, c1.getId()));
      s.delete(s.get(Node.class, c2.getId()));
      s.delete(s.get(Node.class, parent.getId()));
      s.commit();
      Rows.assertTable(db, Node.class);
    }
  }

  // test_unitofworkv2.py, SingleCycleTest.test_one_to_many_delete_all
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingAllNodesDeletesChildrenFirst(Backend backend) {
    TestDatabase db = db(backend);
    Node n1 = n1WithN2N3();
    try (Session s = db.open()) {
      s.add(n1);
      s.flush();
      Node n2 = n1.getChildren().get(0);
      Node n3 = n1.getChildren().get(1);
      s.delete(n1);
      s.delete(n2);
      s.delete(n3);
      db.log.reset();
      s.flush();
      assertEquals(List.of("DELETE", "DELETE"), db.log.kinds(), db.log.toString());
      s.commit();
      Rows.assertTable(db, Node.class);
    }
  }
}
