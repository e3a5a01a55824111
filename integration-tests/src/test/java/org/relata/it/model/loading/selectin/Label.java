package org.relata.it.model.loading.selectin;

import java.util.Set;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;
import org.relata.it.model.loading.LabelView;

/** A label; its side of the many-to-many stays {@code Lazy.SELECT}, so that loads do not spread. */
@Entity
public class Label extends LabelRelations implements LabelView {
  @Id Long id;
  String name;

  @Relationship(secondary = FolderLabel.class, backPopulates = "labels")
  Set<Folder> folders;

  Label() {}

  public Label(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "Label(" + name + ")";
  }
}
