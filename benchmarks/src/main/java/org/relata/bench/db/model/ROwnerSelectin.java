package org.relata.bench.db.model;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.Relationship;

/** Relata's mapping of the {@code owner} table, loading its items with {@code Lazy.SELECTIN}. */
@Entity(table = "owner")
public class ROwnerSelectin extends ROwnerSelectinRelations {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "owner", lazy = Lazy.SELECTIN)
  List<RItemSelectin> items;

  public String getName() {
    return name;
  }
}
