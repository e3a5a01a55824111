package org.relata.it.mirroring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of random operations on several owners and targets, under fixed seeds, with the
 * invariants of DESIGN "Generated code" checked after every step, for each relationship form.
 */
class RandomizedInvariantsTest {
  private static final int STEPS = 3000;

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 20260101})
  void oneToMany(long seed) {
    runOneToMany(Forms.usersAndAddresses(), seed);
    runOneToMany(Forms.ownersAndPets(), seed);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 20260101})
  void oneToOne(long seed) {
    runOneToOne(Forms.usersAndProfiles(), seed);
    runOneToOne(Forms.peopleAndPassports(), seed);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 20260101})
  void manyToMany(long seed) {
    runManyToMany(Forms.parentsAndChildren(), seed);
    runManyToMany(Forms.articlesAndTags(), seed);
    runManyToMany(Forms.studentsAndCourses(), seed);
  }

  private static <A, B> void runOneToMany(Forms.OneToMany<A, B> f, long seed) {
    Random random = new Random(seed);
    List<A> owners = make(f.newOwner(), 4);
    List<B> children = make(f.newChild(), 10);
    for (int step = 0; step < STEPS; step++) {
      A owner = pick(random, owners);
      B child = pick(random, children);
      String op;
      switch (random.nextInt(4)) {
        case 0:
          A target = random.nextInt(5) == 0 ? null : owner;
          f.setOne().accept(child, target);
          op = "setOne " + target;
          break;
        case 1:
          List<B> some = CollectionOps.sample(random, children);
          f.setMany().accept(owner, some);
          op = "setMany " + some.size();
          break;
        default:
          op = CollectionOps.mutate(random, f.many().apply(owner), children);
          break;
      }
      String where = f.name() + " seed " + seed + " step " + step + ": " + op;
      for (B c : children) {
        A holder = null;
        for (A o : owners) {
          if (f.many().apply(o).contains(c)) {
            if (holder != null) {
              fail(where + ": " + c + " is in two owners' collections");
            }
            holder = o;
          }
        }
        assertSame(holder, f.one().apply(c), where);
      }
      for (A o : owners) {
        assertNoDuplicates(f.many().apply(o), where);
      }
    }
  }

  private static <A, B> void runOneToOne(Forms.OneToOne<A, B> f, long seed) {
    Random random = new Random(seed);
    List<A> as = make(f.newA(), 5);
    List<B> bs = make(f.newB(), 5);
    for (int step = 0; step < STEPS; step++) {
      A a = pick(random, as);
      B b = pick(random, bs);
      boolean clear = random.nextInt(5) == 0;
      String op;
      if (random.nextBoolean()) {
        f.setAb().accept(a, clear ? null : b);
        op = "a.set(" + (clear ? null : b) + ")";
      } else {
        f.setBa().accept(b, clear ? null : a);
        op = "b.set(" + (clear ? null : a) + ")";
      }
      String where = f.name() + " seed " + seed + " step " + step + ": " + op;
      IdentityHashMap<B, A> seen = new IdentityHashMap<>();
      for (A x : as) {
        B y = f.ab().apply(x);
        if (y != null) {
          assertSame(x, f.ba().apply(y), where + ": stale owner");
          assertNull(seen.put(y, x), where + ": two owners of " + y);
        }
      }
      for (B y : bs) {
        A x = f.ba().apply(y);
        if (x != null) {
          assertSame(y, f.ab().apply(x), where + ": stale partner");
        }
      }
    }
  }

  private static <A, B> void runManyToMany(Forms.ManyToMany<A, B> f, long seed) {
    Random random = new Random(seed);
    List<A> as = make(f.newA(), 4);
    List<B> bs = make(f.newB(), 6);
    for (int step = 0; step < STEPS; step++) {
      String op;
      switch (random.nextInt(6)) {
        case 0:
          f.setAb().accept(pick(random, as), CollectionOps.sample(random, bs));
          op = "setAb";
          break;
        case 1:
          f.setBa().accept(pick(random, bs), CollectionOps.sample(random, as));
          op = "setBa";
          break;
        case 2:
        case 3:
          op = "a: " + CollectionOps.mutate(random, f.ab().apply(pick(random, as)), bs);
          break;
        default:
          op = "b: " + CollectionOps.mutate(random, f.ba().apply(pick(random, bs)), as);
          break;
      }
      String where = f.name() + " seed " + seed + " step " + step + ": " + op;
      for (A a : as) {
        assertNoDuplicates(f.ab().apply(a), where);
        for (B b : bs) {
          assertEquals(
              f.ab().apply(a).contains(b),
              f.ba().apply(b).contains(a),
              where + ": " + a + " / " + b);
        }
      }
      for (B b : bs) {
        assertNoDuplicates(f.ba().apply(b), where);
      }
    }
  }

  private static <T> List<T> make(Supplier<T> factory, int n) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(factory.get());
    }
    return out;
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static void assertNoDuplicates(Collection<?> c, String where) {
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    for (Object o : c) {
      assertTrue(seen.put(o, Boolean.TRUE) == null, where + ": duplicate " + o);
    }
  }
}
