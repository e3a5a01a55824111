package org.relata.bench.mirror.model;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/**
 * The Relata side of the mirroring comparison: a customer whose addresses mirror onto
 * Address.customer.
 */
@Entity
public class Customer extends CustomerRelations {
  @Id Long id;

  @Relationship(backPopulates = "customer")
  List<Address> addresses;
}
