package org.relata.it.session;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.relata.it.model.assoc.Club;
import org.relata.it.model.assoc.Member;
import org.relata.it.model.assoc.Membership;
import org.relata.it.model.graph.Node;
import org.relata.it.model.m2m.Parent;
import org.relata.it.model.m2m.child.Child;
import org.relata.it.model.orders.Customer;
import org.relata.it.model.orders.Order;
import org.relata.it.model.orders.OrderLine;
import org.relata.it.model.orders.Team;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;
import org.relata.runtime.Session;

/**
 * Multi-statement flushes to inject faults into: each starts from committed rows, makes its change
 * in a new session (loading everything it needs before it changes anything), and names id-free
 * queries whose results describe the outcome.
 */
final class FlushCatalogue {
  static final Class<?>[] MODEL = {
    User.class,
    Address.class,
    Profile.class,
    Node.class,
    Parent.class,
    Child.class,
    Customer.class,
    Team.class,
    Order.class,
    OrderLine.class,
    Club.class,
    Member.class,
    Membership.class
  };

  /**
   * Committed rows to start from, a change that returns the new objects it made, the checks, and
   * what each check must show afterwards.
   */
  record Flush(
      String name,
      Consumer<Session> setup,
      Function<Session, List<Object>> change,
      List<String> checks,
      List<String> expected,
      Supplier<List<Object>> touched) {
    Flush(
        String name,
        Consumer<Session> setup,
        Function<Session, List<Object>> change,
        List<String> checks,
        List<String> expected) {
      this(name, setup, change, checks, expected, null);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final String USERS_AND_ADDRESSES =
      "select u.\"name\", a.\"email\" from \"address\" a join \"user_account\" u on u.\"id\" = a.\"user_id\" order by 2";
  private static final String TREE =
      "select n.\"label\", p.\"label\" from \"node\" n left join \"node\" p on p.\"id\" = n.\"parent_id\" order by 1";
  private static final String LINES =
      "select o.\"code\", l.\"product\" from \"order_line\" l left join \"order\" o on o.\"id\" = l.\"order_id\" order by 2";

  static final List<Flush> FLUSHES =
      List.of(
          new Flush(
              "inserts with generated keys, a tree and links",
              s -> {},
              s -> {
                User u = new User("ed");
                u.getAddresses().add(new Address("a"));
                u.getAddresses().add(new Address("b"));
                Node root = new Node("root");
                Node leaf = new Node("leaf");
                leaf.setParent(root);
                Parent p = new Parent("p");
                p.getChildren().add(new Child("c1"));
                p.getChildren().add(new Child("c2"));
                s.add(u);
                s.add(leaf);
                s.add(p);
                return List.of(u, u.getAddresses().get(1), root, leaf, p, p.getChildren().get(0));
              },
              List.of(
                  USERS_AND_ADDRESSES,
                  TREE,
                  "select l.\"name\", r.\"name\" from \"association\" x join \"left\" l on l.\"id\" = x.\"left_id\""
                      + " join \"right\" r on r.\"id\" = x.\"right_id\" order by 2"),
              List.of("[[ed, a], [ed, b]]", "[[leaf, root], [root, null]]", "[[p, c1], [p, c2]]")),
          new Flush(
              "foreign-key moves to an old and a new parent, and an update",
              s -> {
                User ed = new User("ed");
                ed.getAddresses().add(new Address("a"));
                ed.getAddresses().add(new Address("b"));
                s.add(ed);
                s.add(new User("wendy"));
              },
              s -> {
                User ed = one(s, User.class, User.NAME.eq("ed"));
                User wendy = one(s, User.class, User.NAME.eq("wendy"));
                Address a = byField(ed.getAddresses(), "email", "a");
                Address b = byField(ed.getAddresses(), "email", "b");
                wendy.getAddresses().add(a);
                User fresh = new User("fresh");
                b.setUser(fresh);
                EntityFields.set(ed, "name", "edward");
                return List.of(fresh);
              },
              List.of(USERS_AND_ADDRESSES, "select \"name\" from \"user_account\" order by 1"),
              List.of("[[wendy, a], [fresh, b]]", "[[edward], [fresh], [wendy]]")),
          new Flush(
              "association diff on tables named user and group",
              s -> {
                Team t = new Team(1, "t");
                for (String c : List.of("a", "b", "c")) {
                  t.getMembers().add(new Customer(c, c));
                }
                s.add(t);
              },
              s -> {
                Team t = s.get(Team.class, 1L);
                Customer a = byField(t.getMembers(), "code", "a");
                Customer b = byField(t.getMembers(), "code", "b");
                t.getMembers().remove(a);
                t.getMembers().add(new Customer("d", "d"));
                Team u = new Team(2, "u");
                u.getMembers().add(b);
                s.add(u);
                return List.of();
              },
              List.of("select \"team_id\", \"customer_code\" from \"member_of\" order by 1, 2"),
              List.of("[[1, b], [1, c], [1, d], [2, b]]")),
          new Flush(
              "cascaded deletes, orphans, nulled children and passive deletes",
              s -> {
                Customer c = new Customer("c", "c");
                for (String code : List.of("o1", "o2")) {
                  Order o = new Order(code);
                  o.getLines().add(new OrderLine("x"));
                  o.getLines().add(new OrderLine("y"));
                  c.getOrders().add(o);
                }
                User ed = new User("ed");
                ed.getAddresses().add(new Address("a"));
                Club club = new Club("chess");
                Membership m = new Membership("captain");
                m.setMember(new Member("ann"));
                club.getMemberships().add(m);
                Parent p = new Parent("p");
                p.getChildren().add(new Child("c"));
                s.add(c);
                s.add(ed);
                s.add(club);
                s.add(p);
              },
              s -> {
                Order o1 = one(s, Order.class, Order.CODE.eq("o1"));
                Order o2 = one(s, Order.class, Order.CODE.eq("o2"));
                OrderLine x = byField(o2.getLines(), "product", "x");
                o1.getLines().size(); // loaded now, so that the DELETE cascade below reads nothing
                User ed = one(s, User.class, User.NAME.eq("ed"));
                Club club = one(s, Club.class, DSL.trueCondition());
                Parent p = one(s, Parent.class, DSL.trueCondition());
                s.delete(o1);
                o2.getLines().remove(x);
                s.delete(ed);
                s.delete(club);
                s.delete(p);
                return List.of();
              },
              List.of(
                  LINES,
                  "select \"email\", \"user_id\" from \"address\"",
                  "select count(*) from \"membership\"",
                  "select count(*) from \"association\""),
              List.of("[[o2, y]]", "[[a, null]]", "[[0]]", "[[0]]")),
          new Flush(
              "a self-referential tree: new levels, a moved subtree, a deleted leaf",
              s -> {
                Node root = new Node("root");
                Node a = new Node("a");
                Node b = new Node("b");
                a.setParent(root);
                b.setParent(root);
                new Node("a1").setParent(a);
                new Node("a2").setParent(a);
                s.add(root);
              },
              s -> {
                Node root = one(s, Node.class, Node.LABEL.eq("root"));
                Node a = one(s, Node.class, Node.LABEL.eq("a"));
                Node b = one(s, Node.class, Node.LABEL.eq("b"));
                Node a1 = one(s, Node.class, Node.LABEL.eq("a1"));
                Node a2 = one(s, Node.class, Node.LABEL.eq("a2"));
                a.getParent(); // loaded now, so that moving a reads nothing
                Node c = new Node("c");
                Node c1 = new Node("c1");
                c.setParent(a2);
                c1.setParent(c);
                a.setParent(b);
                s.delete(a1);
                EntityFields.set(root, "label", "top");
                s.add(c1);
                return List.of(c, c1);
              },
              List.of(TREE),
              List.of("[[a, b], [a2, a], [b, top], [c, a2], [c1, c], [top, null]]")),
          new Flush(
              "association objects keyed by two generated ids",
              s -> {
                Club chess = new Club("chess");
                for (String[] m : new String[][] {{"ann", "captain"}, {"carl", "player"}}) {
                  Membership membership = new Membership(m[1]);
                  membership.setMember(new Member(m[0]));
                  chess.getMemberships().add(membership);
                }
                s.add(chess);
              },
              s -> {
                Club chess = one(s, Club.class, Club.NAME.eq("chess"));
                Member ann = one(s, Member.class, Member.NAME.eq("ann"));
                Membership captain = byField(chess.getMemberships(), "role", "captain");
                Membership player = byField(chess.getMemberships(), "role", "player");
                Club go = new Club("go");
                Member bob = new Member("bob");
                for (Object[] m : new Object[][] {{bob, "player"}, {ann, "coach"}}) {
                  Membership membership = new Membership((String) m[1]);
                  membership.setMember((Member) m[0]);
                  go.getMemberships().add(membership);
                }
                EntityFields.set(captain, "role", "president");
                chess.getMemberships().remove(player);
                s.add(go);
                return List.of(go, bob);
              },
              List.of(
                  "select m.\"name\", c.\"name\", x.\"role\" from \"membership\" x"
                      + " join \"member\" m on m.\"id\" = x.\"member_id\" join \"club\" c on c.\"id\" = x.\"club_id\""
                      + " order by 1, 2"),
              List.of("[[ann, chess, president], [ann, go, coach], [bob, go, player]]")),
          new Flush(
              "orphans: a pending one is dropped, a moved one kept, a removed one deleted",
              s -> {
                Order o1 = new Order("o1");
                o1.getLines().add(new OrderLine("x"));
                o1.getLines().add(new OrderLine("y"));
                Order o2 = new Order("o2");
                o2.getLines().add(new OrderLine("v"));
                s.add(o1);
                s.add(o2);
              },
              s -> {
                Order o1 = one(s, Order.class, Order.CODE.eq("o1"));
                Order o2 = one(s, Order.class, Order.CODE.eq("o2"));
                OrderLine x = byField(o1.getLines(), "product", "x");
                OrderLine y = byField(o1.getLines(), "product", "y");
                o2.getLines().size();
                OrderLine z = new OrderLine("z");
                o1.getLines().add(z);
                s.add(o1); // z joins the session as a pending object...
                o1.getLines().remove(z); // ...and becomes a pending orphan, which is never inserted
                o2.getLines().add(x);
                o1.getLines().remove(y);
                OrderLine w = new OrderLine("w");
                o2.getLines().add(w);
                return List.of(z, w);
              },
              List.of(LINES),
              List.of("[[o2, v], [o2, w], [o2, x]]")));

  private FlushCatalogue() {}

  static <E> E one(Session s, Class<E> type, Condition condition) {
    List<E> found = s.select(type, condition);
    if (found.size() != 1) {
      throw new AssertionError(
          "Expected one " + type.getSimpleName() + " where " + condition + ", found " + found);
    }
    return found.get(0);
  }

  static <E> E byField(Iterable<E> entities, String field, Object value) {
    for (E e : entities) {
      if (value.equals(EntityFields.get(e, field))) {
        return e;
      }
    }
    throw new AssertionError("No " + field + " = " + value + " in " + entities);
  }
}
