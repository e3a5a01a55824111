package fuzz.recordondelete;

import java.util.Set;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Post extends PostRelations {
  @Id Long id;

  @Relationship(secondary = PostTag.class, backPopulates = "posts")
  Set<Tag> tags;
}
