package org.relata.it.model.existing;

import java.util.List;
import org.relata.Column;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/**
 * An invoice whose {@code total} is a generated column over {@code amount} and {@code tax}, and
 * whose {@code status} has a database default. Its labels are a one-way many-to-many: {@link Label}
 * does not declare the reverse side.
 */
@Entity(schema = "billing", table = "invoice")
public class Invoice extends InvoiceRelations {
  @Id Long id;
  String number;
  int amount;
  int tax;

  @Column(generated = true)
  Integer total;

  @Column(generated = true)
  String status;

  @ForeignKey(Customer.class)
  Long customerId;

  @Relationship(backPopulates = "invoices")
  Customer customer;

  @Relationship(secondary = InvoiceLabel.class)
  List<Label> labels;

  Invoice() {}

  public Invoice(String number, int amount, int tax) {
    this.number = number;
    this.amount = amount;
    this.tax = tax;
  }

  public Long id() {
    return id;
  }

  public Integer total() {
    return total;
  }

  public String status() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public void setAmount(int amount) {
    this.amount = amount;
  }

  public void setNumber(String number) {
    this.number = number;
  }
}
