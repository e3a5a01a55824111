package org.relata.it.mirroring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;

/**
 * One random mutation of a live relationship collection, through any of the ways the Collection and
 * List interfaces offer; returns a description for failure messages.
 */
final class CollectionOps {
  private CollectionOps() {}

  static <T> String mutate(Random random, Collection<T> c, List<T> pool) {
    T x = pool.get(random.nextInt(pool.size()));
    List<T> some = sample(random, pool);
    int op = random.nextInt(c instanceof List ? 14 : 9);
    switch (op) {
      case 0:
      case 1:
        c.add(x);
        return "add " + x;
      case 2:
        c.remove(x);
        return "remove " + x;
      case 3:
        c.addAll(some);
        return "addAll " + some;
      case 4:
        c.removeAll(some);
        return "removeAll " + some;
      case 5:
        c.retainAll(some);
        return "retainAll " + some;
      case 6:
        c.removeIf(t -> t == x);
        return "removeIf ==" + x;
      case 7:
        {
          Iterator<T> it = c.iterator();
          int n = 0;
          while (it.hasNext()) {
            it.next();
            if (random.nextInt(3) == 0) {
              it.remove();
              n++;
            }
          }
          return "iterator.remove x" + n;
        }
      case 8:
        if (random.nextInt(4) == 0) {
          c.clear();
          return "clear";
        }
        c.add(x);
        return "add " + x;
      default:
        return mutateList(random, (List<T>) c, x);
    }
  }

  private static <T> String mutateList(Random random, List<T> list, T x) {
    int size = list.size();
    switch (random.nextInt(5)) {
      case 0:
        if (!list.contains(x)) {
          int i = random.nextInt(size + 1);
          list.add(i, x);
          return "add(" + i + ", " + x + ")";
        }
        return "skip add(i) of present " + x;
      case 1:
        if (size > 0) {
          return "remove(i) " + list.remove(random.nextInt(size));
        }
        return "skip remove(i) on empty";
      case 2:
        if (size > 0 && (!list.contains(x) || list.get(0) == x)) {
          return "set(0, " + x + ") replaced " + list.set(0, x);
        }
        return "skip set";
      case 3:
        {
          ListIterator<T> it = list.listIterator();
          if (it.hasNext()) {
            it.next();
            it.remove();
          }
          if (!list.contains(x)) {
            it.add(x);
          }
          return "listIterator remove+add " + x;
        }
      default:
        {
          int from = size == 0 ? 0 : random.nextInt(size);
          int to = from + (size == from ? 0 : random.nextInt(size - from + 1));
          list.subList(from, to).clear();
          return "subList(" + from + ", " + to + ").clear()";
        }
    }
  }

  static <T> List<T> sample(Random random, List<T> pool) {
    List<T> out = new ArrayList<>();
    for (T t : pool) {
      if (random.nextInt(3) == 0) {
        out.add(t);
      }
    }
    return out;
  }
}
