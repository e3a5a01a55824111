package org.relata.it.model.oneway;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A many-to-one without backPopulates: setting it does not touch Blog.posts. */
@Entity
public class Post extends PostRelations {
  @Id Long id;
  String title;

  @ForeignKey(Blog.class)
  Long blogId;

  /** Clashes with the metamodel's TYPE constant, so its column constant is TYPE_. */
  String type;

  Status status = Status.DRAFT;
  transient String cached;
  static int created;

  /** Stored by name. */
  public enum Status {
    DRAFT,
    PUBLISHED
  }

  @Relationship Blog blog;

  public Post() {}

  public Post(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "Post(" + title + ")";
  }
}
