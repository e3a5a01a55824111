package fuzz.deprecatedcolumn;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** Found by the processor fuzzer: deprecated members made the generated code warn. */
@Deprecated
@Entity
public class User extends UserRelations {
  @Id Long id;
  @Deprecated String nickname;
  @Deprecated(forRemoval = true) String fax;

  @Relationship(backPopulates = "user")
  List<Address> addresses;
}
