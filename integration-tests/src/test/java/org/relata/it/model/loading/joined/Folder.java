package org.relata.it.model.loading.joined;

import java.util.List;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.Relationship;
import org.relata.it.model.loading.FolderView;
import org.relata.it.model.loading.LabelView;

/** A self-referential tree whose children, labels and note load with {@code Lazy.JOINED}. */
@Entity
public class Folder extends FolderRelations implements FolderView {
  @Id Long id;
  String name;

  @ForeignKey(Folder.class)
  Long parentId;

  @Relationship(backPopulates = "parent", lazy = Lazy.JOINED, orderBy = "name DESC")
  List<Folder> children;

  @Relationship(backPopulates = "children")
  Folder parent;

  @Relationship(
      secondary = FolderLabel.class,
      backPopulates = "folders",
      lazy = Lazy.JOINED,
      orderBy = "name")
  List<Label> labels;

  @Relationship(backPopulates = "folder", lazy = Lazy.JOINED)
  Note note;

  Folder() {}

  public Folder(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Folder addChild(String name) {
    Folder child = new Folder(name);
    getChildren().add(child);
    return child;
  }

  @Override
  public void addLabel(LabelView label) {
    getLabels().add((Label) label);
  }

  @Override
  public Note putNote(String text) {
    Note n = new Note(text);
    setNote(n);
    return n;
  }

  @Override
  public String toString() {
    return "Folder(" + name + ")";
  }
}
