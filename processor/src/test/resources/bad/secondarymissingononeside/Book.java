package bad.secondarymissingononeside;

import java.util.List;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Book extends BookRelations {
  @Id Long id;
  @ForeignKey(Author.class) Long editorId;

  @Relationship(secondary = Authorship.class, backPopulates = "books")
  List<Author> authors;
}
