package test.legacy;

import org.relata.Backref;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Passport extends PassportRelations {
  @Id Long id;
  @ForeignKey(Person.class) Long personId;

  @Relationship
  @Backref(value = "passport", uselist = false)
  Person person;
}
