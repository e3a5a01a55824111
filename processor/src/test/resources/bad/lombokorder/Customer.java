package bad.lombokorder;

import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** Correct with Lombok listed first: every column accessor and the constructor come from Lombok. */
@Entity
@Getter @Setter @NoArgsConstructor
public class Customer extends CustomerRelations {
  @Id private Long id;
  private String name;

  @Getter(AccessLevel.NONE)
  @Setter(AccessLevel.NONE)
  @Relationship(backPopulates = "customer")
  List<Invoice> invoices;

  public Customer(String name) {
    this.name = name;
  }
}
