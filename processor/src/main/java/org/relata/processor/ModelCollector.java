package org.relata.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.relata.processor.model.Annotations;
import org.relata.processor.model.AssociationTableModel;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.ModelBuilder;
import org.relata.processor.model.RelationshipModel;

/**
 * Models the classes of a round, and the entities and association tables they reach through
 * relationships, foreign keys and secondary tables, including those on the classpath, one class at
 * a time so that a failure on one is reported there and the others are still modelled.
 */
final class ModelCollector {
  private final ModelBuilder builder;
  private final BiConsumer<Element, RuntimeException> onFailure;
  private final List<EntityModel> entities = new ArrayList<>();
  private final List<AssociationTableModel> tables = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final Deque<TypeElement> reached = new ArrayDeque<>();

  ModelCollector(ProcessingEnvironment env, BiConsumer<Element, RuntimeException> onFailure) {
    this.builder = new ModelBuilder(env);
    this.onFailure = onFailure;
  }

  void addRoots(Collection<TypeElement> entityRoots, Collection<TypeElement> tableRoots) {
    for (TypeElement t : entityRoots) {
      seen.add(t.getQualifiedName().toString());
    }
    for (TypeElement t : tableRoots) {
      seen.add(t.getQualifiedName().toString());
    }
    for (TypeElement t : entityRoots) {
      addEntity(t, true);
    }
    for (TypeElement t : tableRoots) {
      addTable(t, true);
    }
    while (!reached.isEmpty()) {
      TypeElement t = reached.poll();
      if (Annotations.find(t, Annotations.ENTITY) != null) {
        addEntity(t, false);
      } else if (Annotations.find(t, Annotations.ASSOCIATION_TABLE) != null) {
        addTable(t, false);
      }
    }
  }

  List<EntityModel> entities() {
    return entities;
  }

  List<AssociationTableModel> tables() {
    return tables;
  }

  private void addEntity(TypeElement type, boolean inCompilation) {
    try {
      EntityModel e = builder.entity(type, inCompilation);
      entities.add(e);
      for (ColumnModel c : e.columns()) {
        if (c.isForeignKey()) {
          reach(c.foreignKey().target());
        }
      }
      for (RelationshipModel r : e.relationships()) {
        reach(r.targetType());
        reach(r.secondary());
      }
    } catch (RuntimeException ex) {
      onFailure.accept(type, ex);
    }
  }

  private void addTable(TypeElement type, boolean inCompilation) {
    try {
      AssociationTableModel t = builder.associationTable(type, inCompilation);
      tables.add(t);
      for (ColumnModel c : t.columns()) {
        if (c.isForeignKey()) {
          reach(c.foreignKey().target());
        }
      }
    } catch (RuntimeException ex) {
      onFailure.accept(type, ex);
    }
  }

  private void reach(TypeMirror type) {
    if (type != null
        && type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement() instanceof TypeElement t
        && seen.add(t.getQualifiedName().toString())) {
      reached.add(t);
    }
  }
}
