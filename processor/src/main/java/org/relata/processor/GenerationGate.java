package org.relata.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.relata.processor.model.AssociationTableModel;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;

/**
 * Decides which classes get generated code when validation found errors: none of those connected
 * (through relationships, foreign keys or secondary tables) to a class with an error, because their
 * generated code refers to each other and would only add follow-up errors.
 */
final class GenerationGate {
  private final Map<String, String> parent = new HashMap<>();
  private final Set<String> blockedRoots = new HashSet<>();
  private boolean blockAll;

  GenerationGate(Model model, List<Element> errorElements) {
    for (EntityModel e : model.entities()) {
      for (ColumnModel c : e.columns()) {
        if (c.isForeignKey()) {
          union(e.qualifiedName(), c.foreignKey().targetName());
        }
      }
    }
    for (AssociationTableModel t : model.associationTables()) {
      for (ColumnModel c : t.columns()) {
        if (c.isForeignKey()) {
          union(t.qualifiedName(), c.foreignKey().targetName());
        }
      }
    }
    for (RelationshipModel r : model.relationships()) {
      union(r.ownerName(), r.targetName());
      if (r.hasSecondary()) {
        union(r.ownerName(), r.secondaryName());
      }
    }
    for (Element e : errorElements) {
      String owner = modelTypeOf(model, e);
      if (owner == null) {
        blockAll = true;
      } else {
        blockedRoots.add(find(owner));
      }
    }
  }

  /** Whether code may be generated for the class named {@code qualifiedName}. */
  boolean allows(String qualifiedName) {
    return !blockAll && !blockedRoots.contains(find(qualifiedName));
  }

  /** The entity or association table that encloses {@code e}, or null. */
  private static String modelTypeOf(Model model, Element e) {
    for (Element x = e; x != null; x = x.getEnclosingElement()) {
      if (x instanceof TypeElement t) {
        String name = t.getQualifiedName().toString();
        if (model.entity(name) != null || model.associationTable(name) != null) {
          return name;
        }
      }
    }
    return null;
  }

  private String find(String name) {
    String p = parent.getOrDefault(name, name);
    if (p.equals(name)) {
      return name;
    }
    String root = find(p);
    parent.put(name, root);
    return root;
  }

  private void union(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return;
    }
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      parent.put(ra, rb);
    }
  }
}
