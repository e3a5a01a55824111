package org.relata.it.model.loading.keys;

import java.util.List;
import java.util.UUID;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.Relationship;

/** A city keyed by a UUID; its country and its districts load with {@code Lazy.SELECTIN}. */
@Entity
public class City extends CityRelations {
  @Id UUID id;
  String name;

  @ForeignKey(Country.class)
  String countryCode;

  @Relationship(backPopulates = "cities", lazy = Lazy.SELECTIN)
  Country country;

  @Relationship(backPopulates = "city", lazy = Lazy.SELECTIN, orderBy = "name")
  List<District> districts;

  City() {}

  public City(UUID id, String name) {
    this.id = id;
    this.name = name;
  }

  public String name() {
    return name;
  }
}
