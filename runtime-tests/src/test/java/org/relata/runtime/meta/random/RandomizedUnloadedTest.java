package org.relata.runtime.meta.random;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.FakeAttachment;
import org.relata.runtime.meta.RelationCollection;
import org.relata.runtime.meta.SessionBridge;
import org.relata.runtime.meta.fixture.addresses.Address;
import org.relata.runtime.meta.fixture.addresses.Address_;
import org.relata.runtime.meta.fixture.model.Child;
import org.relata.runtime.meta.fixture.model.Child_;
import org.relata.runtime.meta.fixture.model.Parent;
import org.relata.runtime.meta.fixture.model.Parent_;
import org.relata.runtime.meta.fixture.users.User;
import org.relata.runtime.meta.fixture.users.User_;

/**
 * Random operations on objects that a fake session manages, whose collections all start unloaded.
 * Mirroring must never load one; now and then the test checks that {@code added()} and {@code
 * removed()} are exactly the difference between memory and the database, and "flushes": the
 * database takes the state of memory and every collection is marked clean.
 */
class RandomizedUnloadedTest {
  private static final int STEPS = 3_000;

  /** The owner whose collection the test is reading on purpose; only its loads are allowed. */
  private Object reading;

  /** A collection side whose owners the fake session manages. */
  private final class Managed<O, T> {
    final CollectionRelationship<O, T> relationship;
    final IdentityHashMap<O, List<T>> database = new IdentityHashMap<>();
    final IdentityHashMap<O, FakeAttachment> sessions = new IdentityHashMap<>();
    LiveSide<O, T> side;

    Managed(CollectionRelationship<O, T> relationship) {
      this.relationship = relationship;
    }

    /** The accessor as the driver calls it; a first read loads, and the database orders it. */
    <C extends Collection<T>> C read(O owner, Function<O, C> getter) {
      boolean wasLoaded = SessionBridge.tracked(relationship, owner).isLoaded();
      reading = owner;
      C live;
      try {
        live = getter.apply(owner);
      } finally {
        reading = null;
      }
      if (!wasLoaded) {
        side.model.loadedAs(owner, new ArrayList<>(live));
      }
      return live;
    }

    /** The side, whose replacements load first, which they may: the database orders the rows. */
    void side(LiveSide<O, T> side) {
      this.side = side;
      side.beforeReplace = owner -> read(owner, relationship::loaded);
    }

    void manage(O owner, List<T> rows) {
      database.put(owner, new ArrayList<>(rows));
      side.model.seed(owner, rows);
      FakeAttachment session = FakeAttachment.attach(owner, relationship, new ArrayList<>(rows));
      session.guardLoads(() -> reading == owner);
      sessions.put(owner, session);
    }

    /** added() and removed() are the difference between memory (the model) and the database. */
    void checkDifference() {
      for (O owner : side.owners) {
        RelationCollection<T> c = SessionBridge.tracked(relationship, owner);
        List<T> now = side.model.of(owner);
        List<T> then = database.get(owner);
        sameElements(owner + " added", minus(now, then), SessionBridge.added(c));
        sameElements(owner + " removed", minus(then, now), SessionBridge.removed(c));
      }
    }

    void flush() {
      checkDifference();
      for (O owner : side.owners) {
        RelationCollection<T> c = SessionBridge.tracked(relationship, owner);
        SessionBridge.markClean(c);
        List<T> rows = new ArrayList<>(side.model.of(owner));
        database.put(owner, rows);
        sessions.get(owner).rows(relationship, new ArrayList<>(rows));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6, 7, 99, 31337})
  void oneToManyWithUnloadedCollections(long seed) {
    Random init = new Random(seed);
    List<User> users = new ArrayList<>();
    List<Address> addresses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      users.add(new User("u" + i));
    }
    IdentityHashMap<User, List<Address>> rows = new IdentityHashMap<>();
    users.forEach(u -> rows.put(u, new ArrayList<>()));
    Managed<User, Address> m = new Managed<>(User_.ADDRESSES);
    m.side(
        LiveSide.list(
            "User.addresses", users, u -> m.read(u, User::getAddresses), User::setAddresses));
    LiveSide<Address, User> scalar =
        LiveSide.scalar("Address.user", addresses, Address::getUser, Address::setUser);
    LiveSide.pair(m.side, scalar);
    for (int i = 0; i < 12; i++) {
      Address a = new Address("a" + i);
      addresses.add(a);
      int k = init.nextInt(users.size() + 1);
      User owner = k < users.size() ? users.get(k) : null;
      SessionBridge.setLoaded(Address_.USER, a, owner);
      scalar.model.seed(a, owner == null ? List.of() : List.of(owner));
      if (owner != null) {
        rows.get(owner).add(a);
      }
    }
    users.forEach(u -> m.manage(u, rows.get(u)));
    run(seed, m, null, m.side, scalar);
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6, 7, 99, 31337})
  void manyToManyWithUnloadedCollectionsOnBothSides(long seed) {
    Random init = new Random(seed);
    List<Parent> parents = new ArrayList<>();
    List<Child> children = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      parents.add(new Parent("p" + i));
    }
    for (int i = 0; i < 8; i++) {
      children.add(new Child("c" + i));
    }
    IdentityHashMap<Parent, List<Child>> parentRows = new IdentityHashMap<>();
    IdentityHashMap<Child, List<Parent>> childRows = new IdentityHashMap<>();
    parents.forEach(p -> parentRows.put(p, new ArrayList<>()));
    children.forEach(c -> childRows.put(c, new ArrayList<>()));
    for (Parent p : parents) {
      for (Child c : children) {
        if (init.nextInt(3) == 0) {
          parentRows.get(p).add(c);
          childRows.get(c).add(p);
        }
      }
    }
    Managed<Parent, Child> mp = new Managed<>(Parent_.CHILDREN);
    mp.side(
        LiveSide.list(
            "Parent.children", parents, p -> mp.read(p, Parent::getChildren), Parent::setChildren));
    Managed<Child, Parent> mc = new Managed<>(Child_.PARENTS);
    mc.side(
        LiveSide.set(
            "Child.parents", children, c -> mc.read(c, Child::getParents), Child::setParents));
    LiveSide.pair(mp.side, mc.side);
    parents.forEach(p -> mp.manage(p, parentRows.get(p)));
    children.forEach(c -> mc.manage(c, childRows.get(c)));
    run(seed, mp, mc, mp.side, mc.side);
  }

  private static <A, B> void run(
      long seed, Managed<?, ?> first, Managed<?, ?> second, LiveSide<A, B> a, LiveSide<B, A> b) {
    RandomOps ops = new RandomOps(seed);
    Random random = ops.random();
    for (int step = 0; step < STEPS; step++) {
      try {
        if (random.nextBoolean()) {
          ops.step(a, b.owners);
        } else {
          ops.step(b, a.owners);
        }
        int check = random.nextInt(60);
        if (check < 6) {
          first.checkDifference();
          if (second != null) {
            second.checkDifference();
          }
        } else if (check < 8) {
          first.flush();
          if (second != null) {
            second.flush();
          }
        } else if (check == 8) {
          // Reads everything, which loads what is still unloaded.
          Invariants.verify(a, b);
        }
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "seed "
                + seed
                + ", step "
                + step
                + ": "
                + e.getMessage()
                + "\n  after:\n  "
                + ops.recent(),
            e);
      }
    }
    Invariants.verify(a, b);
  }

  private static <T> List<T> minus(List<T> from, List<T> taken) {
    Set<T> out = RandomOps.identitySet(taken);
    List<T> rest = new ArrayList<>();
    for (T t : from) {
      if (!out.contains(t)) {
        rest.add(t);
      }
    }
    return rest;
  }

  private static <T> void sameElements(String what, List<T> expected, List<T> actual) {
    Set<T> e = RandomOps.identitySet(expected);
    Set<T> a = RandomOps.identitySet(actual);
    if (!e.equals(a) || a.size() != actual.size()) {
      throw new AssertionError(what + " is " + actual + ", expected " + expected);
    }
  }
}
