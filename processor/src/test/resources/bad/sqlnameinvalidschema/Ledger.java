package bad.sqlnameinvalidschema;

import org.relata.Entity;
import org.relata.Id;

@Entity(schema = "billing.x", table = "ledger")
public class Ledger {
  @Id Long id;
}
