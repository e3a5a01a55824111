package org.relata.it.model.sqla.conflict;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/**
 * O2MConflictTest's {@code parent}, mapped both ways the test maps it: {@code child =
 * relationship(Child, uselist=True)} as {@code children}, and {@code uselist=False} as {@code
 * only}. The two use different key columns of {@code child}.
 */
@Entity(table = "parent")
public class Parent extends ParentRelations {
  @Id Long id;

  @Relationship(foreignKey = "parentId")
  List<Child> children;

  @Relationship(foreignKey = "onlyParentId")
  Child only;

  public Parent() {}

  public Long getId() {
    return id;
  }
}
