package org.relata.it.model.sqla.cascade;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** {@code dingalings}: a plain many-to-one {@code address = relationship(Address)}. */
@Entity(table = "dingalings")
public class Dingaling extends DingalingRelations {
  @Id Long id;
  String data;

  @ForeignKey(Address.class)
  Long addressId;

  @Relationship Address address;

  public Dingaling() {}

  public Dingaling(String data) {
    this.data = data;
  }

  public Long getAddressId() {
    return addressId;
  }

  public void setAddressId(Long addressId) {
    this.addressId = addressId;
  }

  @Override
  public String toString() {
    return "Dingaling(" + data + ")";
  }
}
