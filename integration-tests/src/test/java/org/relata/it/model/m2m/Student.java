package org.relata.it.model.m2m;

import java.util.Collection;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** A many-to-many seen as a plain Collection on this side. */
@Entity
public class Student extends StudentRelations {
  @Id Long id;
  String name;

  @Relationship(secondary = Enrollment.class, backPopulates = "students")
  Collection<Course> courses;

  public Student() {}

  public Student(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Student(" + name + ")";
  }
}
