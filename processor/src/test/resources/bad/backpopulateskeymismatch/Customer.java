package bad.backpopulateskeymismatch;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Customer extends CustomerRelations {
  @Id Long id;

  @Relationship(foreignKey = "billingCustomerId", backPopulates = "shippingCustomer")
  List<Invoice> billedInvoices;
}
