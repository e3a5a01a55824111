package good.selfreferential;

import java.util.List;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Node extends NodeRelations {
  @Id Long id;
  String data;
  @ForeignKey(Node.class) Long parentId;

  @Relationship(backPopulates = "parent")
  List<Node> children;

  @Relationship(backPopulates = "children")
  Node parent;
}
