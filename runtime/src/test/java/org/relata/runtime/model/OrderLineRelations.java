package org.relata.runtime.model;

import org.relata.runtime.meta.EntityRelations;

/** As generated for {@link OrderLine}. */
public abstract class OrderLineRelations extends EntityRelations {
  public Order getOrder() {
    return OrderLine_.ORDER.get((OrderLine) this);
  }

  public void setOrder(Order order) {
    OrderLine_.ORDER.set((OrderLine) this, order);
  }
}
