package lomboktest.classaccessors;

import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** Class-level accessors also cover the relationship field: getInvoices() would hide the live one. */
@Entity
@Getter
@Setter
public class Customer extends CustomerRelations {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "customer")
  List<Invoice> invoices;
}
