package bad.secondarymismatchscalar;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Book extends BookRelations {
  @Id Long id;

  @Relationship(secondary = Authorship.class, backPopulates = "book")
  List<Author> authors;
}
