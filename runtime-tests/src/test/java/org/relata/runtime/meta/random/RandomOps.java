package org.relata.runtime.meta.random;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies random operations, through every mutator of the live collections and accessors, to a live
 * side and its reference model alike, and checks that both agree on the outcome: the same result,
 * or the same exception with nothing changed.
 */
final class RandomOps {
  static final Comparator<Object> BY_NAME = Comparator.comparing(Object::toString);

  private final Random random;
  private final ArrayDeque<String> recent = new ArrayDeque<>();

  RandomOps(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  /** The latest operations, newest last, for failure messages. */
  String recent() {
    return String.join("\n  ", recent);
  }

  /** One random operation on a random owner of {@code side}, whose targets are {@code targets}. */
  <O, T> void step(LiveSide<O, T> side, List<T> targets) {
    O owner = pick(side.owners);
    switch (side.shape) {
      case SCALAR -> {
        T t = random.nextInt(5) == 0 ? null : pick(targets);
        run(
            side + ".set(" + owner + ", " + t + ")",
            () -> {
              side.model.set(owner, t);
              return null;
            },
            () -> {
              side.set(owner, t);
              return null;
            });
      }
      case LIST -> listOp(side, owner, targets);
      case SET -> collectionOp(side, owner, targets, random.nextInt(12));
    }
  }

  private <O, T> void listOp(LiveSide<O, T> side, O owner, List<T> targets) {
    int op = random.nextInt(24);
    if (op < 12) {
      collectionOp(side, owner, targets, op);
      return;
    }
    ModelSide<O, T> m = side.model;
    List<T> live = side.liveList(owner);
    int n = m.of(owner).size();
    String on = side + "[" + owner + "]";
    T t = pick(targets);
    switch (op) {
      case 12, 13 -> {
        int i = random.nextInt(n + 1);
        run(
            on + ".add(" + i + ", " + t + ")",
            () -> {
              m.add(owner, i, t);
              return null;
            },
            () -> {
              live.add(i, t);
              return null;
            });
      }
      case 14 -> {
        int i = random.nextInt(n + 1);
        List<T> ts = someTargets(targets);
        run(
            on + ".addAll(" + i + ", " + ts + ")",
            () -> {
              m.addAll(owner, i, ts);
              return !ts.isEmpty();
            },
            () -> live.addAll(i, ts));
      }
      case 15, 16 -> {
        if (n > 0) {
          int i = random.nextInt(n);
          if (op == 15) {
            run(on + ".remove(" + i + ")", () -> m.remove(owner, i), () -> live.remove(i));
          } else {
            run(on + ".set(" + i + ", " + t + ")", () -> m.set(owner, i, t), () -> live.set(i, t));
          }
        }
      }
      case 17 -> listIteratorOp(side, owner, live, n, t);
      case 18, 19 -> subListOp(side, owner, live, n, targets);
      case 20 ->
          run(
              on + ".sort(byName)",
              () -> {
                m.of(owner).sort(BY_NAME);
                return null;
              },
              () -> {
                live.sort(BY_NAME);
                return null;
              });
      case 21 -> {
        // A comparator that fails part way must leave the list as it was; whether it fails
        // depends on how many comparisons the sort makes, so the model follows the outcome.
        int[] budget = {random.nextInt(2 * n + 1)};
        Comparator<T> failing =
            (x, y) -> {
              if (--budget[0] < 0) {
                throw new IllegalStateException("comparator failed");
              }
              return BY_NAME.compare(y, x);
            };
        remember(on + ".sort(failing after " + budget[0] + ")");
        try {
          live.sort(failing);
          m.of(owner).sort(BY_NAME.reversed());
        } catch (IllegalStateException expected) {
          // the model stays as it was
        }
      }
      case 22 -> {
        if (n > 0) {
          int i = random.nextInt(n);
          run(on + ".set(" + i + ", null)", () -> m.set(owner, i, null), () -> live.set(i, null));
        }
      }
      default -> {
        List<T> ts = someTargets(targets);
        ts.add(random.nextInt(ts.size() + 1), null);
        run(on + ".addAll(" + ts + ")", () -> m.addAll(owner, ts), () -> live.addAll(ts));
      }
    }
  }

  /** Operations that every live collection has, lists and sets alike. */
  private <O, T> void collectionOp(LiveSide<O, T> side, O owner, List<T> targets, int op) {
    ModelSide<O, T> m = side.model;
    String on = side + "[" + owner + "]";
    if (op == 10 || op == 11) {
      // Replacement through the accessor; it touches the owner only once the values are valid.
      Supplier<List<T>> snapshot;
      Collection<T> values;
      int kind = random.nextInt(5);
      if (kind <= 1) {
        O other = pick(side.owners);
        values = side.live(other);
        List<T> copy = new ArrayList<>(m.of(other));
        snapshot = () -> copy;
        on += ".replace(live " + other + " " + copy + ")";
      } else {
        List<T> ts = someTargets(targets);
        if (kind == 2 && random.nextInt(4) == 0) {
          ts.add(null);
        }
        values = kind == 3 ? new LinkedHashSet<>(ts) : ts;
        snapshot = () -> new ArrayList<>(values);
        on += ".replace(" + values + ")";
      }
      if (!values.contains(null)) {
        side.beforeReplace.accept(owner);
      }
      run(
          on,
          () -> {
            m.replace(owner, snapshot.get());
            return null;
          },
          () -> {
            side.replace(owner, values);
            return null;
          });
      return;
    }
    Collection<T> live = side.live(owner);
    m.of(owner);
    T t = pick(targets);
    switch (op) {
      case 0, 1 -> run(on + ".add(" + t + ")", () -> m.add(owner, t), () -> live.add(t));
      case 2 -> {
        List<T> ts = someTargets(targets);
        run(on + ".addAll(" + ts + ")", () -> m.addAll(owner, ts), () -> live.addAll(ts));
      }
      case 3 -> run(on + ".remove(" + t + ")", () -> m.remove(owner, t), () -> live.remove(t));
      case 4 -> {
        Set<T> doomed = identitySet(someTargets(targets));
        run(
            on + ".removeIf(in " + doomed + ")",
            () -> m.removeIf(owner, doomed::contains),
            () -> live.removeIf(doomed::contains));
      }
      case 5, 6 -> {
        boolean retain = op == 6;
        Collection<T> arg;
        List<T> members;
        if (random.nextBoolean()) {
          O other = pick(side.owners);
          arg = side.live(other);
          members = new ArrayList<>(m.of(other));
        } else {
          members = someTargets(targets);
          arg = random.nextBoolean() ? members : new LinkedHashSet<>(members);
        }
        run(
            on + (retain ? ".retainAll(" : ".removeAll(") + members + ")",
            () -> m.removeIf(owner, x -> (ModelSide.indexOf(members, x) >= 0) != retain),
            () -> retain ? live.retainAll(arg) : live.removeAll(arg));
      }
      case 7 -> {
        if (random.nextInt(3) == 0) {
          run(
              on + ".clear()",
              () -> {
                m.removeIf(owner, x -> true);
                return null;
              },
              () -> {
                live.clear();
                return null;
              });
        }
      }
      case 8 -> {
        Set<T> doomed = identitySet(someTargets(targets));
        run(
            on + ".iterator().remove(in " + doomed + ")",
            () -> {
              for (T x : new ArrayList<>(m.of(owner))) {
                if (doomed.contains(x)) {
                  m.remove(owner, x);
                }
              }
              return null;
            },
            () -> {
              for (Iterator<T> it = live.iterator(); it.hasNext(); ) {
                if (doomed.contains(it.next())) {
                  it.remove();
                }
              }
              return null;
            });
      }
      default -> run(on + ".add(null)", () -> m.add(owner, null), () -> live.add(null));
    }
  }

  private <O, T> void listIteratorOp(LiveSide<O, T> side, O owner, List<T> live, int n, T t) {
    ModelSide<O, T> m = side.model;
    int p = random.nextInt(n + 1);
    String on = side + "[" + owner + "].listIterator(" + p + ")";
    int kind = p == n ? 0 : random.nextInt(3);
    switch (kind) {
      case 0 ->
          run(
              on + ".add(" + t + ")",
              () -> {
                m.add(owner, p, t);
                return null;
              },
              () -> {
                ListIterator<T> it = live.listIterator(p);
                it.add(t);
                // The iterator stays usable after its own change.
                check(it.nextIndex() == p + 1, "nextIndex after add");
                return null;
              });
      case 1 ->
          run(
              on + ".set(" + t + ")",
              () -> m.set(owner, p, t),
              () -> {
                ListIterator<T> it = live.listIterator(p);
                T old = it.next();
                it.set(t);
                return old;
              });
      default ->
          run(
              on + ".remove()",
              () -> m.remove(owner, p),
              () -> {
                ListIterator<T> it = live.listIterator(p);
                T old = it.next();
                it.remove();
                check(it.nextIndex() == p, "nextIndex after remove");
                return old;
              });
    }
  }

  private <O, T> void subListOp(
      LiveSide<O, T> side, O owner, List<T> live, int n, List<T> targets) {
    ModelSide<O, T> m = side.model;
    int from = random.nextInt(n + 1);
    int to = from + random.nextInt(n - from + 1);
    int width = to - from;
    String on = side + "[" + owner + "].subList(" + from + ", " + to + ")";
    T t = pick(targets);
    Supplier<Object> model;
    Function<List<T>, Object> real;
    int kind = random.nextInt(8);
    if (width == 0 && (kind == 2 || kind == 3)) {
      kind = 0;
    }
    switch (kind) {
      case 0 -> {
        on += ".add(" + t + ")";
        model =
            () -> {
              m.add(owner, to, t);
              return true;
            };
        real = s -> s.add(t);
      }
      case 1 -> {
        on += ".add(0, " + t + ")";
        model =
            () -> {
              m.add(owner, from, t);
              return null;
            };
        real =
            s -> {
              s.add(0, t);
              return null;
            };
      }
      case 2 -> {
        int i = random.nextInt(width);
        on += ".remove(" + i + ")";
        model = () -> m.remove(owner, from + i);
        real = s -> s.remove(i);
      }
      case 3 -> {
        int i = random.nextInt(width);
        on += ".set(" + i + ", " + t + ")";
        model = () -> m.set(owner, from + i, t);
        real = s -> s.set(i, t);
      }
      case 4 -> {
        on += ".clear()";
        Set<T> range = identitySet(m.of(owner).subList(from, to));
        model =
            () -> {
              m.removeIf(owner, range::contains);
              return null;
            };
        real =
            s -> {
              s.clear();
              return null;
            };
      }
      case 5 -> {
        List<T> ts = someTargets(targets);
        on += ".addAll(" + ts + ")";
        model =
            () -> {
              m.addAll(owner, to, ts);
              return null;
            };
        real =
            s -> {
              s.addAll(ts);
              return null;
            };
      }
      case 6 -> {
        Set<T> doomed = identitySet(someTargets(targets));
        on += ".removeIf(in " + doomed + ")";
        List<T> inRange = new ArrayList<>(m.of(owner).subList(from, to));
        model =
            () -> {
              boolean any = false;
              for (T x : inRange) {
                if (doomed.contains(x)) {
                  any |= m.remove(owner, x);
                }
              }
              return any;
            };
        real = s -> s.removeIf(doomed::contains);
      }
      default -> {
        on += ".sort(byName)";
        model =
            () -> {
              m.of(owner).subList(from, to).sort(BY_NAME);
              return null;
            };
        real =
            s -> {
              s.sort(BY_NAME);
              return null;
            };
      }
    }
    int before = n;
    run(
        on,
        model,
        () -> {
          List<T> sub = live.subList(from, to);
          Object result = real.apply(sub);
          // The view must stay in step with the list it views.
          int expectedWidth = width + (m.of(owner).size() - before);
          check(sub.size() == expectedWidth, "subList size " + sub.size() + " != " + expectedWidth);
          List<T> expected = m.of(owner).subList(from, from + expectedWidth);
          for (int i = 0; i < expectedWidth; i++) {
            check(sub.get(i) == expected.get(i), "subList element " + i);
          }
          return result;
        });
  }

  /**
   * Runs {@code model} and then {@code real}, which must agree: the same result, or the same kind
   * of exception. The model changes nothing when it throws, so the comparison of whole states that
   * follows checks that the live side did not either.
   */
  private void run(String what, Supplier<Object> model, Supplier<Object> real) {
    remember(what);
    Object expected = null;
    RuntimeException expectedFailure = null;
    try {
      expected = model.get();
    } catch (RuntimeException e) {
      expectedFailure = e;
    }
    Object actual;
    try {
      actual = real.get();
    } catch (RuntimeException e) {
      if (expectedFailure != null && expectedFailure.getClass() == e.getClass()) {
        return;
      }
      throw new AssertionError("unexpected " + e + " from " + what, e);
    }
    if (expectedFailure != null) {
      throw new AssertionError("expected " + expectedFailure + " from " + what + ", got " + actual);
    }
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError(what + " returned " + actual + ", expected " + expected);
    }
  }

  private void remember(String what) {
    recent.addLast(what);
    if (recent.size() > 25) {
      recent.removeFirst();
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  <X> X pick(List<X> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** A few random targets, possibly repeated. */
  <T> List<T> someTargets(List<T> targets) {
    int k = random.nextInt(5);
    List<T> ts = new ArrayList<>(k + 1);
    for (int i = 0; i < k; i++) {
      ts.add(pick(targets));
    }
    return ts;
  }

  static <T> Set<T> identitySet(Collection<T> elements) {
    Set<T> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(elements);
    return set;
  }
}
