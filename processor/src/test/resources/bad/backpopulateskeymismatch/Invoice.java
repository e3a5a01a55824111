package bad.backpopulateskeymismatch;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Invoice extends InvoiceRelations {
  @Id Long id;
  @ForeignKey(Customer.class) Long billingCustomerId;
  @ForeignKey(Customer.class) Long shippingCustomerId;

  @Relationship(foreignKey = "shippingCustomerId", backPopulates = "billedInvoices")
  Customer shippingCustomer;
}
