package org.relata.it.model.loading.keys;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.Relationship;

/**
 * A country keyed by a code the application assigns; its cities load with {@code Lazy.SELECTIN}.
 */
@Entity
public class Country extends CountryRelations {
  @Id String code;
  String name;

  @Relationship(backPopulates = "country", lazy = Lazy.SELECTIN, orderBy = "name")
  List<City> cities;

  Country() {}

  public Country(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String name() {
    return name;
  }
}
