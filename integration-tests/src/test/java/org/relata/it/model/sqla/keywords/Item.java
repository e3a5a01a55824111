package org.relata.it.model.sqla.keywords;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/**
 * SQLAlchemy's fixture {@code items}, with {@code keywords = relationship(Keyword,
 * secondary=item_keywords, backref="items")}.
 */
@Entity(table = "items")
public class Item extends ItemRelations {
  @Id Long id;
  String description;

  @Relationship(secondary = ItemKeyword.class, backPopulates = "items")
  List<Keyword> keywords;

  public Item() {}

  public Item(String description) {
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  @Override
  public String toString() {
    return "Item(" + description + ")";
  }
}
