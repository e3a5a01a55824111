package org.relata.it.model.oneway;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** Names the reverse; Post.blog does not name this side, so mirroring runs one way. */
@Entity
public class Blog extends BlogRelations {
  @Id Long id;
  String title;

  @Relationship(backPopulates = "blog")
  List<Post> posts;

  public Blog() {}

  public Blog(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "Blog(" + title + ")";
  }
}
