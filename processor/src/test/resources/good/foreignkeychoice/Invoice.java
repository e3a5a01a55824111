package good.foreignkeychoice;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.OnDelete;
import org.relata.Relationship;

@Entity
public class Invoice extends InvoiceRelations {
  @Id Long id;
  @ForeignKey(Customer.class) Long billingCustomerId;
  @ForeignKey(value = Customer.class, onDelete = OnDelete.SET_NULL) Long shippingCustomerId;

  @Relationship(foreignKey = "billingCustomerId", backPopulates = "billedInvoices")
  Customer billingCustomer;

  @Relationship(foreignKey = "shippingCustomerId", backPopulates = "shippedInvoices")
  Customer shippingCustomer;
}
