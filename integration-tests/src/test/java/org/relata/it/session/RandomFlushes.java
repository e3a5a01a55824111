package org.relata.it.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.impl.DSL;
import org.relata.it.model.graph.Node;
import org.relata.it.model.orders.Customer;
import org.relata.it.model.orders.Order;
import org.relata.it.model.orders.OrderLine;
import org.relata.it.model.orders.Team;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.User;
import org.relata.it.session.FlushCatalogue.Flush;
import org.relata.runtime.Session;

/**
 * Seeded random flushes for fault injection: random committed rows (users and addresses, teams and
 * customers, orders and lines, a tree), then a random mix of inserts, moves, renames, links,
 * unlinks, orphans and deletes. The same seed makes the same flush, so that every run of it, failed
 * or not, makes the same changes.
 */
final class RandomFlushes {
  private static final List<String> CHECKS =
      List.of(
          "select a.\"email\", u.\"name\" from \"address\" a left join \"user_account\" u on u.\"id\" = a.\"user_id\" order by 1",
          "select \"name\" from \"user_account\" order by 1",
          "select \"team_id\", \"customer_code\" from \"member_of\" order by 1, 2",
          "select \"code\", \"customer_code\" from \"order\" order by 1",
          "select l.\"product\", o.\"code\" from \"order_line\" l left join \"order\" o on o.\"id\" = l.\"order_id\" order by 1",
          "select n.\"label\", p.\"label\" from \"node\" n left join \"node\" p on p.\"id\" = n.\"parent_id\" order by 1");

  private RandomFlushes() {}

  /** {@code count} flushes, from seeds 1 to {@code count}. */
  static List<Flush> generate(int count) {
    List<Flush> flushes = new ArrayList<>();
    for (long seed = 1; seed <= count; seed++) {
      long s = seed;
      AtomicReference<Change> last = new AtomicReference<>();
      flushes.add(
          new Flush(
              "random flush " + seed,
              session -> setup(session, new Random(s)),
              session -> {
                Change change = new Change(session, new Random(-s));
                last.set(change);
                return change.run();
              },
              CHECKS,
              null,
              () -> last.get().touched()));
    }
    return flushes;
  }

  private static void setup(Session s, Random r) {
    List<User> users = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      users.add(new User("u" + i));
      s.add(users.get(i));
    }
    for (int i = 0; i < 8; i++) {
      Address a = new Address("a" + i);
      s.add(a);
      a.setUser(r.nextInt(5) == 0 ? null : users.get(r.nextInt(users.size())));
    }
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      customers.add(new Customer("c" + i, "customer " + i));
      s.add(customers.get(i));
    }
    for (int t = 1; t <= 3; t++) {
      Team team = new Team(t, "team " + t);
      s.add(team);
      for (Customer c : customers) {
        if (r.nextBoolean()) {
          team.getMembers().add(c);
        }
      }
    }
    for (int i = 0, line = 0; i < 3; i++) {
      Order o = new Order("o" + i);
      o.setCustomer(r.nextBoolean() ? customers.get(r.nextInt(customers.size())) : null);
      s.add(o);
      for (int n = r.nextInt(4); n > 0; n--) {
        o.getLines().add(new OrderLine("l" + line++));
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Node n = new Node("n" + i);
      n.setParent(i == 0 ? null : nodes.get(r.nextInt(i)));
      nodes.add(n);
      s.add(n);
    }
  }

  /**
   * One random change: everything is loaded first, then changed, so that no change is flushed
   * early.
   */
  private static final class Change {
    private final Session s;
    private final Random r;
    private final List<User> users;
    private final List<Address> addresses;
    private final List<Team> teams;
    private final List<Customer> customers;
    private final List<Order> orders;
    private final List<OrderLine> lines;
    private final List<Node> nodes;
    private final List<Object> created = new ArrayList<>();

    /** Every object this change loaded or made, to compare with the rows after the commit. */
    private final List<Object> touched = new ArrayList<>();

    /** Every object this change made, by identity; a new one cannot be deleted, only unlinked. */
    private final Set<Object> newObjects = Collections.newSetFromMap(new IdentityHashMap<>());

    private int fresh;

    Change(Session s, Random r) {
      this.s = s;
      this.r = r;
      users = load(User.class, "name");
      addresses = load(Address.class, "email");
      teams = load(Team.class, "id");
      customers = load(Customer.class, "code");
      orders = load(Order.class, "code");
      lines = load(OrderLine.class, "product");
      nodes = load(Node.class, "label");
      users.forEach(u -> u.getAddresses().size());
      addresses.forEach(Address::getUser);
      teams.forEach(t -> t.getMembers().size());
      customers.forEach(
          c -> {
            c.getTeams().size();
            c.getOrders().size();
          });
      orders.forEach(o -> o.getLines().size());
      lines.forEach(OrderLine::getOrder);
      nodes.forEach(n -> n.getChildren().size());
      for (List<?> pool : List.of(users, addresses, teams, customers, orders, lines, nodes)) {
        touched.addAll(pool);
      }
    }

    List<Object> touched() {
      List<Object> all = new ArrayList<>(touched);
      all.addAll(newObjects);
      return all;
    }

    private <E> List<E> load(Class<E> type, String sortedBy) {
      List<E> all = new ArrayList<>(s.select(type, DSL.trueCondition()));
      all.sort(Comparator.comparing(e -> String.valueOf(EntityFields.get(e, sortedBy))));
      return all;
    }

    List<Object> run() {
      for (int ops = 3 + r.nextInt(6); ops > 0; ops--) {
        try {
          step(r.nextInt(15));
        } catch (Skip nothingToDo) {
          // The step found no object to work on.
        }
      }
      return created;
    }

    private void step(int op) {
      switch (op) {
        case 0 -> {
          User u = new User("new" + fresh++);
          for (int n = r.nextInt(3); n > 0; n--) {
            Address a = new Address("new" + fresh++);
            u.getAddresses().add(a);
            addresses.add(a);
            created.add(a);
          }
          s.add(u);
          users.add(u);
          created.add(u);
          newObjects.addAll(u.getAddresses());
          newObjects.add(u);
        }
        case 1 ->
            pick(addresses).setUser(r.nextInt(4) == 0 || users.isEmpty() ? null : pick(users));
        case 2 -> EntityFields.set(pick(users), "name", "renamed" + fresh++);
        case 3 -> s.delete(takePersistent(users));
        case 4 -> s.delete(takePersistent(addresses));
        case 5 -> pick(teams).getMembers().add(pick(customers));
        case 6 -> pick(customers).getTeams().clear();
        case 7 -> {
          Customer c = new Customer("new" + fresh++, "new");
          newObjects.add(c);
          pick(teams).getMembers().add(c);
          customers.add(c);
        }
        case 8 -> s.delete(takePersistent(customers));
        case 9 -> {
          OrderLine l = take(lines);
          l.getOrder().getLines().remove(l); // an orphan: deleted, or dropped when new
        }
        case 10 -> pick(orders).getLines().add(pick(lines));
        case 11 -> {
          Order o = takePersistent(orders);
          lines.removeAll(o.getLines());
          s.delete(o);
        }
        case 12 -> {
          OrderLine l = new OrderLine("new" + fresh++);
          pick(orders).getLines().add(l);
          lines.add(l);
          created.add(l);
          newObjects.add(l);
        }
        case 13 -> reparent(pick(nodes), pick(nodes));
        default -> s.delete(takePersistent(nodes));
      }
    }

    /** Moves {@code node} under {@code parent}, unless that would close a loop. */
    private void reparent(Node node, Node parent) {
      for (Node up = parent; up != null; up = up.getParent()) {
        if (up == node) {
          return;
        }
      }
      node.setParent(parent);
    }

    private <E> E pick(List<E> pool) {
      if (pool.isEmpty()) {
        throw new Skip();
      }
      return pool.get(r.nextInt(pool.size()));
    }

    private <E> E take(List<E> pool) {
      E e = pick(pool);
      pool.remove(e);
      return e;
    }

    /** An object that the database holds, taken out of its pool: only those can be deleted. */
    private <E> E takePersistent(List<E> pool) {
      E e = pick(pool);
      if (!s.contains(e) || newObjects.contains(e)) {
        throw new Skip();
      }
      pool.remove(e);
      return e;
    }
  }

  /** A step that found nothing to work on; it changes nothing. */
  private static final class Skip extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
