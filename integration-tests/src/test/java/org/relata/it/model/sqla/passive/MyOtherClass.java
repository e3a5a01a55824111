package org.relata.it.model.sqla.passive;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.OnDelete;

/** PassiveDeletesTest's {@code myothertable}, whose key is {@code ON DELETE CASCADE}. */
@Entity(table = "myothertable")
public class MyOtherClass {
  @Id Long id;

  @ForeignKey(value = MyClass.class, onDelete = OnDelete.CASCADE)
  Long parentId;

  String data;

  public MyOtherClass() {}
}
