package org.relata.it.mirroring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relata.it.model.legacy.Article;
import org.relata.it.model.legacy.Tag;
import org.relata.it.model.m2m.Course;
import org.relata.it.model.m2m.Parent;
import org.relata.it.model.m2m.Student;
import org.relata.it.model.m2m.child.Child;

/** Many-to-many: c is in p's collection exactly when p is in c's, from either side, any shape. */
class ManyToManyMirroringTest {
  @Test
  void listSideMirrorsOntoSetSideAcrossPackages() {
    Parent p = new Parent("p");
    Child c1 = new Child("c1");
    Child c2 = new Child("c2");
    p.getChildren().add(c1);
    p.getChildren().add(c2);
    assertEquals(Set.of(p), c1.getParents());
    assertEquals(Set.of(p), c2.getParents());
    p.getChildren().remove(c1);
    assertTrue(c1.getParents().isEmpty());
  }

  @Test
  void setSideMirrorsOntoListSide() {
    Parent p1 = new Parent("p1");
    Parent p2 = new Parent("p2");
    Child c = new Child("c");
    c.getParents().add(p1);
    c.getParents().add(p2);
    assertEquals(List.of(c), p1.getChildren());
    assertEquals(List.of(c), p2.getChildren());
    assertFalse(c.getParents().add(p1), "a link exists once");
    c.getParents().remove(p1);
    assertEquals(List.of(), p1.getChildren());
    Iterator<Parent> it = c.getParents().iterator();
    it.next();
    it.remove();
    assertEquals(List.of(), p2.getChildren());
  }

  @Test
  void addingToAnotherOwnerDoesNotSteal() {
    Parent p1 = new Parent("p1");
    Parent p2 = new Parent("p2");
    Child c = new Child("c");
    p1.getChildren().add(c);
    p2.getChildren().add(c);
    assertEquals(Set.of(p1, p2), c.getParents());
    assertEquals(List.of(c), p1.getChildren());
  }

  @Test
  void bulkReplaceOnASetMirrors() {
    Parent p1 = new Parent("p1");
    Parent p2 = new Parent("p2");
    Parent p3 = new Parent("p3");
    Child c = new Child("c");
    c.setParents(List.of(p1, p2));
    c.setParents(Set.of(p3));
    assertEquals(List.of(), p1.getChildren());
    assertEquals(List.of(), p2.getChildren());
    assertEquals(List.of(c), p3.getChildren());
    assertThrows(NullPointerException.class, () -> c.getParents().add(null));
    assertEquals(Set.of(p3), c.getParents());
  }

  @Test
  void collectionSideMirrorsOntoListSide() {
    Student s = new Student("s");
    Course math = new Course("math");
    Course art = new Course("art");
    s.getCourses().add(math);
    math.getStudents().add(s);
    s.getCourses().add(art);
    assertEquals(List.of(s), math.getStudents());
    assertEquals(List.of(s), art.getStudents());
    assertEquals(2, s.getCourses().size());
    assertTrue(s.getCourses().removeIf(c -> c == math));
    assertEquals(List.of(), math.getStudents());
    art.getStudents().clear();
    assertTrue(s.getCourses().isEmpty());
    s.setCourses(List.of(math, art));
    art.getStudents().retainAll(List.of());
    assertEquals(List.of(math), List.copyOf(s.getCourses()));
    s.getCourses().removeAll(List.of(math));
    assertEquals(List.of(), math.getStudents());
  }

  @Test
  void backrefGeneratedListMirrorsOntoDeclaredCollection() {
    Article a = new Article("a");
    Tag java = new Tag("java");
    Tag sql = new Tag("sql");
    a.getTags().add(java);
    assertEquals(List.of(a), java.getArticles());
    sql.getArticles().add(a);
    assertEquals(List.of(java, sql), List.copyOf(a.getTags()));
    java.getArticles().remove(0);
    assertEquals(List.of(sql), List.copyOf(a.getTags()));
  }
}
