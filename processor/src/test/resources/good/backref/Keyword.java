package good.backref;

import java.util.Set;
import org.relata.Backref;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.Relationship;

@Entity
public class Keyword extends KeywordRelations {
  @Id Long id;
  String word;

  @Relationship(secondary = ProfileKeyword.class)
  @Backref(value = "keywords", lazy = Lazy.SELECTIN, orderBy = "word")
  Set<Profile> profiles;
}
