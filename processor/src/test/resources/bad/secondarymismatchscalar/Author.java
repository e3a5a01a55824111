package bad.secondarymismatchscalar;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Author extends AuthorRelations {
  @Id Long id;

  @ForeignKey(Book.class)
  Long bookId;

  @Relationship(backPopulates = "authors")
  Book book;
}
