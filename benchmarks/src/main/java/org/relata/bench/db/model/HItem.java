package org.relata.bench.db.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Hibernate's mapping of the {@code item} table. */
@Entity
@Table(name = "item")
public class HItem {
  @Id Long id;
  String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  HOwner owner;

  public String getName() {
    return name;
  }
}
