package org.relata.bench.db.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Hibernate's mapping of the {@code child} table. */
@Entity
@Table(name = "child")
public class HChild {
  @Id Long id;
  String name;

  public Long id() {
    return id;
  }
}
