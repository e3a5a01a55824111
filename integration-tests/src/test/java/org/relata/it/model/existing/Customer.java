package org.relata.it.model.existing;

import java.time.LocalDateTime;
import java.util.List;
import org.relata.Column;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** A customer in schema {@code billing}, whose {@code created_at} the database fills in. */
@Entity(schema = "billing", table = "customer")
public class Customer extends CustomerRelations {
  @Id Long id;
  String name;

  @Column(generated = true)
  LocalDateTime createdAt;

  @Relationship(backPopulates = "customer")
  List<Invoice> invoices;

  @Relationship(backPopulates = "customer")
  Account account;

  Customer() {}

  public Customer(String name) {
    this.name = name;
  }

  public Long id() {
    return id;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public void setCreatedAt(LocalDateTime createdAt) {
    this.createdAt = createdAt;
  }
}
