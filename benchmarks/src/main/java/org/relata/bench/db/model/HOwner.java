package org.relata.bench.db.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * Hibernate's mapping of the {@code owner} table; items batch-fetch a thousand owners at a time.
 */
@Entity
@Table(name = "owner")
public class HOwner {
  @Id Long id;
  String name;

  @OneToMany(mappedBy = "owner")
  @BatchSize(size = 1000)
  List<HItem> items = new ArrayList<>();

  public String getName() {
    return name;
  }

  public List<HItem> getItems() {
    return items;
  }
}
