package org.relata.it.sqlalchemy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.sqla.keywords.Item;
import org.relata.it.model.sqla.keywords.Keyword;
import org.relata.it.session.Backend;
import org.relata.it.session.TestDatabase;
import org.relata.runtime.Session;

/**
 * Ported from SQLAlchemy's {@code test/orm/test_unitofwork.py} (ManyToManyTest) and {@code
 * test_unitofworkv2.py} (RudimentaryFlushTest.test_many_to_many): {@code Item.keywords} through
 * {@code item_keywords}, its INSERT and DELETE statements and the link rows.
 */
class UnitOfWorkManyToManyTest extends PortedTest {

  @Override
  Class<?>[] model() {
    return new Class<?>[] {Item.class, Keyword.class};
  }

  /** The link rows that memory holds for {@code items}. */
  static List<List<Object>> links(List<Item> items) {
    List<List<Object>> pairs = new ArrayList<>();
    for (Item i : items) {
      for (Keyword k : i.getKeywords()) {
        pairs.add(Rows.pair(i.getId(), k.getId()));
      }
    }
    return pairs;
  }

  // test_unitofworkv2.py, RudimentaryFlushTest.test_many_to_many
  @ParameterizedTest
  @EnumSource(Backend.class)
  void insertsBothRowsThenTheLinkAndAColumnChangeLeavesTheLinksAlone(Backend backend) {
    TestDatabase db = db(backend);
    Keyword k1 = new Keyword("k1");
    Item i1 = new Item("i1");
    i1.getKeywords().add(k1);
    try (Session s = db.open()) {
      s.add(i1);
      s.flush();
      assertEquals(List.of("INSERT", "INSERT", "INSERT"), db.log.kinds(), db.log.toString());
      assertEquals(true, db.log.statements().get(2).contains("\"item_keywords\""));
      s.commit();
      Rows.assertLinks(db, "item_keywords", links(List.of(i1)));
    }
    try (Session s = db.open()) {
      Item loaded = s.get(Item.class, i1.getId());
      loaded.setDescription("i2");
      db.log.reset();
      s.flush();
      assertEquals(List.of("UPDATE"), db.log.kinds(), "the keywords are not loaded");
      s.commit();
      Rows.assertTable(db, Item.class, loaded);
    }
  }

  // test_unitofwork.py, ManyToManyTest.test_many_to_many
  @ParameterizedTest
  @EnumSource(Backend.class)
  void manyItemsSharingKeywordsThenMinimalLinkChanges(Backend backend) {
    TestDatabase db = db(backend);
    String[][] data = {
      {"mm_item1", "big", "green", "purple", "round"},
      {"mm_item2", "blue", "imnew", "round", "small"},
      {"mm_item3"},
      {"mm_item4", "big", "blue"},
      {"mm_item5", "big", "exacting", "green"},
      {"mm_item6", "red", "round", "small"}
    };
    Map<String, Keyword> keywords = new HashMap<>();
    List<Item> objects = new ArrayList<>();
    for (String[] d : data) {
      Item item = new Item(d[0]);
      objects.add(item);
      for (int k = 1; k < d.length; k++) {
        item.getKeywords().add(keywords.computeIfAbsent(d[k], Keyword::new));
      }
    }
    try (Session s = db.open()) {
      s.addAll(objects);
      s.commit();
      Rows.assertTable(db, Item.class, objects.toArray(new Item[0]));
      Rows.assertTable(db, Keyword.class, keywords.values().toArray(new Keyword[0]));
      Rows.assertLinks(db, "item_keywords", links(objects));

      objects.get(4).setDescription("item4updated");
      Keyword k = new Keyword("yellow");
      objects.get(5).getKeywords().add(k);
      db.log.reset();
      s.flush();
      // SQLAlchemy: UPDATE items, INSERT keywords, INSERT item_keywords. The UPDATE of another
      // table may come first or second; the link row comes last.
      assertEquals(
          List.of("INSERT", "INSERT", "UPDATE"),
          db.log.kinds().stream().sorted().toList(),
          db.log.toString());
      assertEquals(true, db.log.statements().get(2).contains("\"item_keywords\""));

      objects.get(2).getKeywords().add(k);
      objects.get(5).getKeywords().remove(1);
      db.log.reset();
      s.flush();
      assertEquals(List.of("DELETE", "INSERT"), db.log.kinds(), db.log.toString());

      s.delete(objects.get(3));
      s.commit();
      List<Item> left = new ArrayList<>(objects);
      left.remove(3);
      Rows.assertTable(db, Item.class, left.toArray(new Item[0]));
      Rows.assertLinks(db, "item_keywords", links(left));
    }
  }

  // test_unitofwork.py, ManyToManyTest.test_many_to_many_remove
  @ParameterizedTest
  @EnumSource(Backend.class)
  void assigningAnEmptyCollectionDeletesTheLinks(Backend backend) {
    TestDatabase db = db(backend);
    Item i = new Item("i1");
    i.getKeywords().add(new Keyword("k1"));
    i.getKeywords().add(new Keyword("k2"));
    try (Session s = db.open()) {
      s.add(i);
      s.flush();
      assertEquals(
          2, s.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("item_keywords"))));
      i.setKeywords(List.of());
      s.commit();
      Rows.assertLinks(db, "item_keywords", List.of());
      assertEquals(2, db.count("keywords"));
    }
  }

  // test_unitofwork.py, ManyToManyTest.test_many_to_many_update
  @ParameterizedTest
  @EnumSource(Backend.class)
  void clearingThenReaddingTwoKeywordsKeepsTheirLinks(Backend backend) {
    TestDatabase db = db(backend);
    Keyword k1 = new Keyword("keyword 1");
    Keyword k2 = new Keyword("keyword 2");
    Keyword k3 = new Keyword("keyword 3");
    Item item = new Item("item 1");
    item.getKeywords().addAll(List.of(k1, k2, k3));
    try (Session s = db.open()) {
      s.add(item);
      s.flush();
      item.setKeywords(List.of());
      item.getKeywords().add(k1);
      item.getKeywords().add(k2);
      db.log.reset();
      s.commit();
      assertEquals(List.of("DELETE"), db.log.kinds(), "only the link to k3 goes: " + db.log);
      Rows.assertLinks(db, "item_keywords", links(List.of(item)));
    }
    try (Session s = db.open()) {
      assertEquals(
          List.of("keyword 1", "keyword 2"),
          s.get(Item.class, item.getId()).getKeywords().stream()
              .map(Keyword::getName)
              .sorted()
              .toList());
    }
  }
}
