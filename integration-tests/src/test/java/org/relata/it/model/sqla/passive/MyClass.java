package org.relata.it.model.sqla.passive;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/**
 * PassiveDeletesTest's {@code mytable}: {@code children = relationship(MyOtherClass,
 * passive_deletes=True, cascade="all")}.
 */
@Entity(table = "mytable")
public class MyClass extends MyClassRelations {
  @Id Long id;
  String data;

  @Relationship(cascade = Cascade.ALL, passiveDeletes = true)
  List<MyOtherClass> children;

  public MyClass() {}

  public Long getId() {
    return id;
  }
}
