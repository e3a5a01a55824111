package test.legacy;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

@Entity
public class Pet extends PetRelations {
  @Id Long id;
  @ForeignKey(Owner.class) Long ownerId;
}
