package org.relata.bench.db.loads;

import java.util.ArrayList;
import java.util.List;

/** What the hand-written jOOQ variants map rows into: an owner with its items. */
final class PlainOwner {
  final long id;
  final String name;
  final List<PlainItem> items = new ArrayList<>();

  PlainOwner(long id, String name) {
    this.id = id;
    this.name = name;
  }

  /** An item of an owner. */
  record PlainItem(long id, String name) {}
}
