package org.relata.bench.mirror.model;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** An address of at most one {@link Customer}; setting its customer moves it between lists. */
@Entity
public class Address extends AddressRelations {
  @Id Long id;

  @ForeignKey(Customer.class)
  Long customerId;

  @Relationship(backPopulates = "addresses")
  Customer customer;
}
