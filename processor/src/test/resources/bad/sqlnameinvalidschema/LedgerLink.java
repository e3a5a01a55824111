package bad.sqlnameinvalidschema;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

@AssociationTable(value = "ledger_link", schema = "bill ing")
public class LedgerLink {
  @ForeignKey(Ledger.class) Long leftId;
  @ForeignKey(Ledger.class) Long rightId;
}
