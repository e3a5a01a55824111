package org.relata.runtime.meta.bootstrap;

import java.util.List;
import java.util.Set;

/** An entity with a primitive id, in a schema, with a collection mirrored onto Pet.owner. */
public class Owner extends OwnerRelations {
  long id;
  String name;
  List<Pet> pets;
  Set<Pet> favorites;

  public Owner() {}

  public Owner(long id, String name) {
    this.id = id;
    this.name = name;
  }

  public long id() {
    return id;
  }
}
