package org.relata.it.model.loading.keys;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A district, keyed by a generated number, whose foreign key holds its city's UUID. */
@Entity
public class District extends DistrictRelations {
  @Id Long id;
  String name;

  @ForeignKey(City.class)
  java.util.UUID cityId;

  @Relationship(backPopulates = "districts")
  City city;

  District() {}

  public District(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }
}
