package good.associationobject;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "association")
public class Association extends AssociationRelations {
  @Id @ForeignKey(Parent.class) Long leftId;
  @Id @ForeignKey(Child.class) Long rightId;
  String extraData;

  @Relationship(backPopulates = "childAssociations")
  Parent parent;

  @Relationship(backPopulates = "parentAssociations")
  Child child;
}
