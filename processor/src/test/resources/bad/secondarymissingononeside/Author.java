package bad.secondarymissingononeside;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Author extends AuthorRelations {
  @Id Long id;

  @Relationship(backPopulates = "authors")
  List<Book> books;
}
