package org.relata.bench.db.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** Hibernate's mapping of the {@code parent} table with the links as a {@code @ManyToMany Set}. */
@Entity
@Table(name = "parent")
public class HParentSet {
  @Id Long id;
  String name;

  @ManyToMany
  @JoinTable(
      name = "parent_child",
      joinColumns = @JoinColumn(name = "parent_id"),
      inverseJoinColumns = @JoinColumn(name = "child_id"))
  Set<HChild> children = new HashSet<>();

  public Long getId() {
    return id;
  }

  public Set<HChild> getChildren() {
    return children;
  }
}
