package org.relata.it.model.sqla.keywords;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** SQLAlchemy's fixture {@code keywords}: the other side of {@code Item.keywords}. */
@Entity(table = "keywords")
public class Keyword extends KeywordRelations {
  @Id Long id;
  String name;

  @Relationship(secondary = ItemKeyword.class, backPopulates = "keywords")
  List<Item> items;

  public Keyword() {}

  public Keyword(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  @Override
  public String toString() {
    return "Keyword(" + name + ")";
  }
}
