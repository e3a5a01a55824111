package bad.secondarymissingnokey;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** Forgets secondary, and names no reverse: Book.authors names this side. */
@Entity
public class Author extends AuthorRelations {
  @Id Long id;

  @Relationship List<Book> books;
}
