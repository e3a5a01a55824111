package test.m2m;

import java.util.Collection;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "right")
public class Child extends ChildRelations {
  @Id Long id;

  @Relationship(secondary = Association.class, backPopulates = "children")
  Collection<Parent> parents;
}
