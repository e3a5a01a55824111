package org.relata.runtime.meta.random;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import org.relata.runtime.meta.StoreChecks;

/**
 * The checks run after every random step: the live state equals the reference model, and the
 * invariants of DESIGN.md hold on the live state by themselves.
 */
final class Invariants {
  private Invariants() {}

  /** Compares both sides with their models and checks the two-way invariants between them. */
  static <A, B> void verify(LiveSide<A, B> a, LiveSide<B, A> b) {
    // Reading a collection for the first time adopts what the application stored in it, in the
    // live code and the model alike; touch everything first, in one order, then compare.
    touch(a);
    touch(b);
    compare(a);
    compare(b);
    mirrored(a, b);
    mirrored(b, a);
    if (a.isCollection() && !b.isCollection()) {
      atMostOneOwner(a, b.owners);
    }
    if (b.isCollection() && !a.isCollection()) {
      atMostOneOwner(b, a.owners);
    }
  }

  /** For a one-way pair: only the comparison with the model, whose mirroring runs one way too. */
  static <A, B> void verifyAgainstModel(LiveSide<A, B> a, LiveSide<B, A> b) {
    touch(a);
    touch(b);
    compare(a);
    compare(b);
  }

  private static <O, T> void touch(LiveSide<O, T> side) {
    if (side.isCollection()) {
      for (O o : side.owners) {
        side.live(o);
        side.model.of(o);
      }
    }
  }

  private static <O, T> void compare(LiveSide<O, T> side) {
    for (O o : side.owners) {
      List<T> actual = contents(side, o);
      List<T> expected = side.model.of(o);
      boolean same = actual.size() == expected.size();
      for (int i = 0; same && i < actual.size(); i++) {
        same = actual.get(i) == expected.get(i);
      }
      if (!same) {
        throw new AssertionError(side + " of " + o + " is " + actual + ", expected " + expected);
      }
      if (side.isCollection()) {
        StoreChecks.assertConsistent(side.live(o));
      }
    }
  }

  /** Every link on {@code side} appears on {@code reverse}. */
  private static <O, T> void mirrored(LiveSide<O, T> side, LiveSide<T, O> reverse) {
    for (O o : side.owners) {
      for (T t : contents(side, o)) {
        if (ModelSide.indexOf(contents(reverse, t), o) < 0) {
          throw new AssertionError(
              o
                  + " links "
                  + t
                  + " on "
                  + side
                  + ", but "
                  + reverse
                  + " of "
                  + t
                  + " is "
                  + contents(reverse, t));
        }
      }
    }
  }

  /** With a scalar reverse, each target sits in at most one owner's collection. */
  private static <O, T> void atMostOneOwner(LiveSide<O, T> side, List<T> targets) {
    IdentityHashMap<T, O> owner = new IdentityHashMap<>();
    for (O o : side.owners) {
      for (T t : contents(side, o)) {
        O other = owner.put(t, o);
        if (other != null && other != o) {
          throw new AssertionError(t + " is in " + side + " of both " + other + " and " + o);
        }
      }
    }
    if (owner.size() > targets.size()) {
      throw new AssertionError(side + " holds objects outside the pool");
    }
  }

  static <O, T> List<T> contents(LiveSide<O, T> side, O owner) {
    if (side.isCollection()) {
      Collection<T> live = side.live(owner);
      return new ArrayList<>(live);
    }
    List<T> one = new ArrayList<>(1);
    T t = side.get(owner);
    if (t != null) {
      one.add(t);
    }
    return one;
  }
}
