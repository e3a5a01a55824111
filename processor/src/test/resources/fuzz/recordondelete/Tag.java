package fuzz.recordondelete;

import java.util.Set;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Tag extends TagRelations {
  @Id Long id;

  @Relationship(secondary = PostTag.class, backPopulates = "tags")
  Set<Post> posts;
}
