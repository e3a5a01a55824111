package org.relata.it.model.legacy;

import java.util.List;
import org.relata.Backref;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** Legacy form: the pets' {@code owner} side is generated from the backref. */
@Entity
public class Owner extends OwnerRelations {
  @Id Long id;
  String name;

  @Relationship
  @Backref("owner")
  List<Pet> pets;

  public Owner() {}

  public Owner(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Owner(" + name + ")";
  }
}
