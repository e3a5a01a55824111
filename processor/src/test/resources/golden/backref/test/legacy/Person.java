package test.legacy;

import org.relata.Entity;
import org.relata.Id;

@Entity
public class Person extends PersonRelations {
  @Id Long id;
}
