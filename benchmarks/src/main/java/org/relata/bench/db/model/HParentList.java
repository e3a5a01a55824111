package org.relata.bench.db.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Hibernate's mapping of the {@code parent} table with the links as a {@code @ManyToMany List}. */
@Entity
@Table(name = "parent")
public class HParentList {
  @Id Long id;
  String name;

  @ManyToMany
  @JoinTable(
      name = "parent_child",
      joinColumns = @JoinColumn(name = "parent_id"),
      inverseJoinColumns = @JoinColumn(name = "child_id"))
  List<HChild> children = new ArrayList<>();

  public Long getId() {
    return id;
  }

  public List<HChild> getChildren() {
    return children;
  }
}
