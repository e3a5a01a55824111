package org.relata.it.model.cycle;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/**
 * A folder tree whose relationships cascade everything both ways, so that the cascades form a
 * cycle: adding any folder adds the whole tree, and deleting any folder deletes it.
 */
@Entity
public class Folder extends FolderRelations {
  @Id Long id;
  String name;

  @ForeignKey(Folder.class)
  Long parentId;

  @Relationship(
      backPopulates = "parent",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  List<Folder> children;

  @Relationship(backPopulates = "children", cascade = Cascade.ALL)
  Folder parent;

  public Folder() {}

  public Folder(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Folder(" + name + ")";
  }
}
