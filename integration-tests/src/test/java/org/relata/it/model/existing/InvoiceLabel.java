package org.relata.it.model.existing;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

/** The link table of {@link Invoice#labels}, in schema {@code billing}. */
@AssociationTable(value = "invoice_label", schema = "billing")
public record InvoiceLabel(
    @ForeignKey(Invoice.class) Long invoiceId, @ForeignKey(Label.class) Long labelId) {}
