package bad.unsupportedtype;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class User extends UserRelations {
  @Id Long id;

  @Relationship Map<String, Address> byEmail;
  @Relationship Address[] addressArray;
  @SuppressWarnings("rawtypes")
  @Relationship List rawAddresses;
  @Relationship ArrayList<Address> arrayList;
  @Relationship List<? extends Address> wildcard;

  @Relationship(backPopulates = "user")
  List<Address> addresses;
}
