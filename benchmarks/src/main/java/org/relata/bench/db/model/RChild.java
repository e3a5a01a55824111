package org.relata.bench.db.model;

import org.relata.Entity;
import org.relata.Id;

/**
 * Relata's mapping of the {@code child} table; the link is one-way, as in the Hibernate mapping.
 */
@Entity(table = "child")
public class RChild {
  @Id Long id;
  String name;

  public Long id() {
    return id;
  }
}
