package bad.secondarymissingnokey;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Book extends BookRelations {
  @Id Long id;

  @Relationship(secondary = Authorship.class, backPopulates = "books")
  List<Author> authors;
}
