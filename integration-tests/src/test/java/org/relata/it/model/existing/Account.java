package org.relata.it.model.existing;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** The one account of a customer: the many-to-one side of a one-to-one. */
@Entity(schema = "billing", table = "account")
public class Account extends AccountRelations {
  @Id Long id;
  String iban;

  @ForeignKey(Customer.class)
  Long customerId;

  @Relationship(backPopulates = "account")
  Customer customer;

  Account() {}

  public Account(String iban) {
    this.iban = iban;
  }

  public Long id() {
    return id;
  }

  public String iban() {
    return iban;
  }
}
