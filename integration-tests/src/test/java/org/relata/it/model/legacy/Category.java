package org.relata.it.model.legacy;

import java.util.List;
import org.relata.Backref;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A self-referential adjacency list in the legacy form: {@code parent} is generated. */
@Entity
public class Category extends CategoryRelations {
  @Id Long id;
  String name;

  @ForeignKey(Category.class)
  Long parentId;

  @Relationship
  @Backref("parent")
  List<Category> subcategories;

  public Category() {}

  public Category(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Category(" + name + ")";
  }
}
