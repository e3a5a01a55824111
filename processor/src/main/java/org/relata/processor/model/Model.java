package org.relata.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * The immutable, resolved model of one processing round: every entity and association table in the
 * compilation (plus those they reach on the classpath), every relationship side (declared and
 * materialized from backrefs), and what resolution found out about each.
 */
public final class Model {
  private final Map<String, EntityModel> entities;
  private final Map<String, AssociationTableModel> associationTables;
  private final List<RelationshipModel> materialized;
  // The materialized sides by owner, so that relationshipsOf does not scan them all per entity.
  private final Map<String, List<RelationshipModel>> materializedByOwner = new HashMap<>();
  private final Map<RelationshipModel, RelationshipModel> materializedByOrigin =
      new IdentityHashMap<>();
  private final Map<RelationshipModel, Resolution> resolutions;
  private final Map<String, String> options;

  Model(
      List<EntityModel> entities,
      List<AssociationTableModel> associationTables,
      List<RelationshipModel> materialized,
      IdentityHashMap<RelationshipModel, Resolution> resolutions,
      Map<String, String> options) {
    Map<String, EntityModel> e = new LinkedHashMap<>();
    for (EntityModel m : entities) {
      e.put(m.qualifiedName(), m);
    }
    Map<String, AssociationTableModel> t = new LinkedHashMap<>();
    for (AssociationTableModel m : associationTables) {
      t.put(m.qualifiedName(), m);
    }
    this.entities = Collections.unmodifiableMap(e);
    this.associationTables = Collections.unmodifiableMap(t);
    this.materialized = List.copyOf(materialized);
    for (RelationshipModel r : this.materialized) {
      materializedByOwner.computeIfAbsent(r.ownerName(), k -> new ArrayList<>()).add(r);
      materializedByOrigin.putIfAbsent(r.origin(), r);
    }
    this.resolutions = Collections.unmodifiableMap(new IdentityHashMap<>(resolutions));
    this.options = Map.copyOf(options);
  }

  /** Every entity, sorted by qualified name. */
  public List<EntityModel> entities() {
    return List.copyOf(entities.values());
  }

  /** Every association table, sorted by qualified name. */
  public List<AssociationTableModel> associationTables() {
    return List.copyOf(associationTables.values());
  }

  /** The entity named {@code qualifiedName}, or null. */
  public EntityModel entity(String qualifiedName) {
    return entities.get(qualifiedName);
  }

  /** The entity model of {@code type}, or null. */
  public EntityModel entity(TypeElement type) {
    return entities.get(type.getQualifiedName().toString());
  }

  /** The association table named {@code qualifiedName}, or null. */
  public AssociationTableModel associationTable(String qualifiedName) {
    return associationTables.get(qualifiedName);
  }

  /** The sides materialized from {@code @Backref}s, in the order of their declaring sides. */
  public List<RelationshipModel> materialized() {
    return materialized;
  }

  /**
   * Every relationship side of {@code entity}: those declared on its fields, then those
   * materialized onto it from backrefs.
   */
  public List<RelationshipModel> relationshipsOf(EntityModel entity) {
    List<RelationshipModel> all = new ArrayList<>(entity.relationships());
    all.addAll(materializedByOwner.getOrDefault(entity.qualifiedName(), List.of()));
    return all;
  }

  /** The side materialized from the backref on {@code origin}, or null. */
  public RelationshipModel materializedFrom(RelationshipModel origin) {
    return materializedByOrigin.get(origin);
  }

  /** The side of {@code entity} named {@code name}, declared or materialized, or null. */
  public RelationshipModel relationship(EntityModel entity, String name) {
    for (RelationshipModel r : relationshipsOf(entity)) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }

  /** Every relationship side: all declared ones in entity order, then all materialized ones. */
  public List<RelationshipModel> relationships() {
    List<RelationshipModel> all = new ArrayList<>();
    for (EntityModel e : entities.values()) {
      all.addAll(e.relationships());
    }
    all.addAll(materialized);
    return all;
  }

  /** What resolution found out about {@code relationship}, a side of this model. */
  public Resolution resolution(RelationshipModel relationship) {
    Resolution r = resolutions.get(relationship);
    if (r == null) {
      throw new IllegalArgumentException(relationship + " is not part of this model");
    }
    return r;
  }

  /**
   * Whether {@code entity} declares or receives a relationship, and so has an {@code XRelations}
   * base.
   */
  public boolean hasRelations(EntityModel entity) {
    return !relationshipsOf(entity).isEmpty();
  }

  /** The processor options ({@code -Akey=value}) in force. */
  public Map<String, String> options() {
    return options;
  }
}
