package bad.lombokorder;

import lombok.Getter;
import lombok.Setter;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Invoice extends InvoiceRelations {
  @Id Long id;

  @Getter @Setter private String number;

  @ForeignKey(Customer.class) Long customerId;

  @Relationship(backPopulates = "invoices")
  Customer customer;
}
