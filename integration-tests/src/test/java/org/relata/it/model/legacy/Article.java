package org.relata.it.model.legacy;

import java.util.Collection;
import org.relata.Backref;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** A many-to-many whose reverse, {@code Tag.articles}, is generated from the backref. */
@Entity
public class Article extends ArticleRelations {
  @Id Long id;
  String title;

  @Relationship(secondary = ArticleTag.class)
  @Backref("articles")
  Collection<Tag> tags;

  public Article() {}

  public Article(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "Article(" + title + ")";
  }
}
