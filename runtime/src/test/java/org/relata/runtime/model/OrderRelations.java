package org.relata.runtime.model;

import java.util.List;
import org.relata.runtime.meta.EntityRelations;

/** As generated for {@link Order}. */
public abstract class OrderRelations extends EntityRelations {
  public List<OrderLine> getLines() {
    return Order_.LINES.list((Order) this);
  }
}
