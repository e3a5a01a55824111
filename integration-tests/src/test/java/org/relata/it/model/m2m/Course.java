package org.relata.it.model.m2m;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** The List side of the student/course many-to-many. */
@Entity
public class Course extends CourseRelations {
  @Id Long id;
  String title;

  @Relationship(secondary = Enrollment.class, backPopulates = "courses")
  List<Student> students;

  public Course() {}

  public Course(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "Course(" + title + ")";
  }
}
