package lomboktest.classaccessors;

import lombok.Getter;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Invoice extends InvoiceRelations {
  @Id Long id;
  @ForeignKey(Customer.class) Long customerId;

  @Getter
  @Relationship(backPopulates = "invoices")
  Customer customer;
}
