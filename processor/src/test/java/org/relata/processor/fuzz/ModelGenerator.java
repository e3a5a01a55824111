package org.relata.processor.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.relata.processor.fuzz.ModelSpec.BackrefSpec;
import org.relata.processor.fuzz.ModelSpec.ColumnSpec;
import org.relata.processor.fuzz.ModelSpec.EntitySpec;
import org.relata.processor.fuzz.ModelSpec.Link;
import org.relata.processor.fuzz.ModelSpec.LinkKind;
import org.relata.processor.fuzz.ModelSpec.RelationshipSpec;
import org.relata.processor.fuzz.ModelSpec.TableSpec;
import org.relata.processor.model.Names;

/**
 * Builds a random valid entity model from a seed: entities across one to three packages, linked by
 * every relationship form of DESIGN, with the options each form allows. The same seed always gives
 * the same model, so a failure is reproduced by its seed alone.
 */
final class ModelGenerator {
  /** Class names; some collide with types that generated code imports, which it must survive. */
  private static final String[] CLASS_NAMES = {
    "User",
    "Order",
    "Group",
    "Address",
    "Item",
    "Tag",
    "Account",
    "Invoice",
    "Node",
    "Left",
    "Right",
    "Select",
    "Team",
    "Player",
    "Project",
    "Task",
    "Keyword",
    "Profile",
    "Customer",
    "Product",
    "Record",
    "Table",
    "Field",
    "Generated",
    "Member",
    "Role",
    "Session",
    "Where"
  };

  /** Table names that are SQL keywords: quoting must make them safe. */
  private static final String[] KEYWORD_TABLES = {
    "user", "order", "group", "left", "right", "select", "table", "from", "where", "check", "index",
    "limit"
  };

  private static final String[] KEYWORD_COLUMNS = {
    "from", "where", "select", "order", "user", "group", "desc", "asc", "limit", "value", "key"
  };

  /** Basic column fields: name and Java type. */
  private static final String[][] COLUMNS = {
    {"name", "String"},
    {"email", "String"},
    {"title", "String"},
    {"amount", "java.math.BigDecimal"},
    {"createdAt", "java.time.LocalDateTime"},
    {"active", "Boolean"},
    {"rank", "Integer"},
    {"score", "Double"},
    {"born", "java.time.LocalDate"},
    {"token", "java.util.UUID"},
    {"data", "byte[]"},
    {"status", "Status"},
    {"count", "int"},
    {"flag", "boolean"},
    {"size", "long"}
  };

  private static final String[] ID_TYPES = {
    "Long", "Long", "Long", "long", "Integer", "String", "java.util.UUID"
  };
  private static final String[] CONTAINERS = {"List", "List", "Set", "Collection"};

  private final Random random;
  private final ModelSpec model;
  private final int maxEntities;
  private final Set<String> tableNames = new HashSet<>();
  private final Set<String> classNames = new HashSet<>();
  private final List<String> packages = new ArrayList<>();

  /** Names taken on each entity: its fields and the backrefs it receives. */
  private final Map<EntitySpec, Set<String>> taken = new HashMap<>();

  private ModelGenerator(long seed, String root, int maxEntities) {
    this.random = new Random(seed);
    this.model = new ModelSpec(root);
    this.maxEntities = maxEntities;
  }

  /** A valid model with two to {@code maxEntities} entities, in packages under {@code root}. */
  static ModelSpec generate(long seed, String root, int maxEntities) {
    return new ModelGenerator(seed, root, maxEntities).build();
  }

  private ModelSpec build() {
    int packageCount = 1 + random.nextInt(3);
    for (int i = 0; i < packageCount; i++) {
      packages.add(model.root + ".p" + i);
    }
    int entityCount = 2 + random.nextInt(Math.max(1, maxEntities - 1));
    for (int i = 0; i < entityCount; i++) {
      entity();
    }
    int links = entityCount - 1 + random.nextInt(entityCount + 1);
    for (int i = 0; i < links; i++) {
      for (int attempt = 0; attempt < 8 && !link(pick(LinkKind.values())); attempt++) {
        // another kind when this one found no entities that fit
      }
    }
    deprecateUnreferencedClasses();
    LinkOptions.disambiguate(model);
    LinkOptions.orderBys(model, random);
    return model;
  }

  // ---- classes -----------------------------------------------------------------------------

  private EntitySpec entity() {
    List<EntitySpec> topLevel = model.entities.stream().filter(x -> x.outer == null).toList();
    EntitySpec outer = !topLevel.isEmpty() && chance(0.1) ? pick(topLevel) : null;
    EntitySpec e = new EntitySpec(outer == null ? pick(packages) : outer.pkg, className());
    e.outer = outer;
    e.hasUnmappedFields = chance(0.1);
    e.extraConstructor = chance(0.1);
    String keyword = chance(0.35) ? pick(KEYWORD_TABLES) : null;
    e.table = tableName(e.name, keyword != null && !tableNames.contains(keyword) ? keyword : null);
    taken.put(e, new HashSet<>());
    if (chance(0.08)) {
      add(e, new ColumnSpec("tenantId", "Long")).id = true;
      add(e, new ColumnSpec("code", "String")).id = true;
    } else {
      add(e, new ColumnSpec("id", pick(ID_TYPES))).id = true;
    }
    int columns = random.nextInt(4);
    for (int i = 0; i < columns; i++) {
      String[] spec = pick(COLUMNS);
      if (e.hasField(spec[0])) {
        continue;
      }
      ColumnSpec c = new ColumnSpec(spec[0], spec[1]);
      e.hasEnum |= spec[1].equals("Status");
      if (chance(0.25)) {
        String rename = chance(0.7) ? pick(KEYWORD_COLUMNS) : "x_" + Names.snakeCase(spec[0]);
        if (!e.columnNames().contains(rename)) {
          c.rename = rename;
        }
      }
      if (e.columnNames().contains(c.columnName())) {
        continue;
      }
      if (chance(0.12)) {
        c.isPrivate = true;
        c.accessors = true;
      }
      c.deprecation = deprecation(0.05);
      add(e, c);
    }
    model.entities.add(e);
    return e;
  }

  /**
   * Claims a table name, so that no two classes of a model share one: {@code wanted}, or the
   * default for {@code className} when null. Returns the annotation value to write, null for the
   * default; a name already taken gets a suffix and is written out.
   */
  private String tableName(String className, String wanted) {
    String name = wanted != null ? wanted : Names.snakeCase(className);
    if (tableNames.add(name)) {
      return wanted;
    }
    for (int i = 2; ; i++) {
      if (tableNames.add(name + "_" + i)) {
        return name + "_" + i;
      }
    }
  }

  /**
   * Deprecates some top-level entities that no other file names: a reference from the user's own
   * code would warn there, while one from generated code must not warn at all.
   */
  private void deprecateUnreferencedClasses() {
    for (EntitySpec e : model.entities) {
      if (e.outer == null && !namedFromOtherFiles(e)) {
        e.deprecation = deprecation(0.5);
      }
    }
  }

  private boolean namedFromOtherFiles(EntitySpec top) {
    for (EntitySpec e : model.entities) {
      if (e.topLevel() == top) {
        continue;
      }
      for (ColumnSpec c : e.columns) {
        if (c.references != null && c.references.topLevel() == top) {
          return true;
        }
      }
      for (RelationshipSpec r : e.relationships) {
        if (r.target.topLevel() == top || (r.secondary != null && r.secondary.topLevel() == top)) {
          return true;
        }
      }
    }
    for (TableSpec t : model.tables) {
      for (ColumnSpec c : t.columns) {
        if (c.references.topLevel() == top) {
          return true;
        }
      }
    }
    return false;
  }

  private String deprecation(double p) {
    return chance(p) ? (chance(0.5) ? "@Deprecated" : "@Deprecated(forRemoval = true)") : null;
  }

  private String className() {
    for (int i = 0; ; i++) {
      String name = pick(CLASS_NAMES) + (i < 20 ? "" : String.valueOf(i));
      if (classNames.add(name)) {
        return name;
      }
    }
  }

  private ColumnSpec add(EntitySpec e, ColumnSpec c) {
    e.columns.add(c);
    taken.get(e).add(c.name);
    return c;
  }

  /** A foreign key on {@code holder} to {@code referenced}, with a free field and column name. */
  private ColumnSpec foreignKey(EntitySpec holder, EntitySpec referenced, String base) {
    String name = free(holder, base);
    while (holder.columnNames().contains(Names.snakeCase(name))) {
      name = free(holder, name + "2");
    }
    ColumnSpec id = referenced.ids().get(0);
    String type =
        id.type.equals("Long") && chance(0.15) ? "long" : id.type.equals("long") ? "Long" : id.type;
    ColumnSpec fk = new ColumnSpec(name, type);
    fk.references = referenced;
    fk.onDelete = chance(0.4) ? pick(new String[] {"NO_ACTION", "CASCADE", "SET_NULL"}) : null;
    String rename =
        chance(0.15)
            ? (chance(0.5) ? pick(KEYWORD_COLUMNS) : "ref_" + Names.snakeCase(name))
            : null;
    if (rename != null && !holder.columnNames().contains(rename)) {
      fk.rename = rename;
    }
    if (chance(0.08)) {
      fk.isPrivate = true;
      fk.accessors = true;
    }
    return add(holder, fk);
  }

  private TableSpec table(EntitySpec a, EntitySpec b, String aKey, String bKey) {
    TableSpec t = new TableSpec(pick(packages), className());
    t.record = chance(0.5);
    t.table = tableName(t.name, chance(0.5) ? Names.snakeCase(t.name) + "_link" : null);
    ColumnSpec first =
        new ColumnSpec(aKey, a.ids().get(0).type.equals("long") ? "Long" : a.ids().get(0).type);
    first.references = a;
    ColumnSpec second =
        new ColumnSpec(bKey, b.ids().get(0).type.equals("long") ? "Long" : b.ids().get(0).type);
    second.references = b;
    second.onDelete = chance(0.3) ? "CASCADE" : null;
    if (chance(0.2)) {
      second.rename = "linked_" + Names.snakeCase(bKey);
    }
    t.columns.add(first);
    t.columns.add(second);
    model.tables.add(t);
    return t;
  }

  // ---- links -------------------------------------------------------------------------------

  /** Adds one link of {@code kind}; false when no entities fit it. */
  private boolean link(LinkKind kind) {
    EntitySpec parent = pickEntity(true, null);
    EntitySpec child = pickEntity(false, null);
    if (parent == null || child == null) {
      return false;
    }
    switch (kind) {
      case ONE_TO_MANY:
      case ONE_WAY_COLLECTION:
      case ONE_WAY_SCALAR:
      case ONE_SIDED_BACK_POPULATES:
      case BACKREF_ON_COLLECTION:
      case BACKREF_ON_SCALAR:
      case ONE_TO_ONE:
      case ONE_TO_ONE_BACKREF:
      case PLAIN_FOREIGN_KEY:
        return foreignKeyLink(kind, parent, child);
      case ADJACENCY_LIST:
      case ADJACENCY_LIST_BACKREF:
        return adjacency(kind, parent);
      case MANY_TO_MANY:
      case MANY_TO_MANY_BACKREF:
      case MANY_TO_MANY_ONE_WAY:
        EntitySpec other = pickEntity(true, parent);
        return other != null && manyToMany(kind, parent, other);
      case SELF_MANY_TO_MANY:
        return selfManyToMany(parent);
      case ASSOCIATION_OBJECT:
        EntitySpec right = pickEntity(true, parent);
        return right != null && associationObject(parent, right);
      default:
        throw new AssertionError(kind);
    }
  }

  private boolean foreignKeyLink(LinkKind kind, EntitySpec parent, EntitySpec child) {
    if (parent == child) {
      return false;
    }
    ColumnSpec fk = foreignKey(child, parent, lower(parent.name) + "Id");
    List<RelationshipSpec> rels = new ArrayList<>();
    boolean oneToOne = kind == LinkKind.ONE_TO_ONE || kind == LinkKind.ONE_TO_ONE_BACKREF;
    String container = oneToOne ? null : pick(CONTAINERS);
    RelationshipSpec down = null;
    RelationshipSpec up = null;
    if (kind != LinkKind.ONE_WAY_SCALAR
        && kind != LinkKind.PLAIN_FOREIGN_KEY
        && !(kind == LinkKind.BACKREF_ON_SCALAR)
        && !(kind == LinkKind.ONE_TO_ONE_BACKREF && chance(0.5))) {
      down =
          relationship(parent, oneToOne ? lower(child.name) : plural(child.name), child, container);
      rels.add(down);
    }
    boolean upDeclared =
        kind == LinkKind.ONE_TO_MANY
            || kind == LinkKind.ONE_WAY_SCALAR
            || kind == LinkKind.ONE_TO_ONE
            || kind == LinkKind.ONE_SIDED_BACK_POPULATES
            || kind == LinkKind.BACKREF_ON_SCALAR
            || (kind == LinkKind.ONE_TO_ONE_BACKREF && down == null);
    if (upDeclared) {
      up = relationship(child, lower(parent.name), parent, null);
      rels.add(up);
    }
    if (kind == LinkKind.ONE_TO_MANY || kind == LinkKind.ONE_TO_ONE) {
      down.backPopulates = up.name;
      up.backPopulates = down.name;
    } else if (kind == LinkKind.ONE_SIDED_BACK_POPULATES) {
      if (chance(0.5)) {
        down.backPopulates = up.name;
      } else {
        up.backPopulates = down.name;
      }
    } else if (kind == LinkKind.BACKREF_ON_COLLECTION) {
      down.backref = backref(child, lower(parent.name), false);
    } else if (kind == LinkKind.BACKREF_ON_SCALAR) {
      up.backref = backref(parent, plural(child.name), true);
    } else if (kind == LinkKind.ONE_TO_ONE_BACKREF) {
      if (down != null) {
        down.backref = backref(child, lower(parent.name), false);
      } else {
        up.backref = backref(parent, lower(child.name), false);
        up.backref.uselist = false;
      }
    }
    model.links.add(new Link(kind, rels, List.of(fk), child));
    return true;
  }

  private boolean adjacency(LinkKind kind, EntitySpec node) {
    ColumnSpec fk = foreignKey(node, node, "parentId");
    RelationshipSpec children = null;
    RelationshipSpec parent = null;
    boolean backref = kind == LinkKind.ADJACENCY_LIST_BACKREF;
    boolean backrefOnChildren = chance(0.5);
    if (!backref || backrefOnChildren) {
      children = relationship(node, "children", node, pick(CONTAINERS));
    }
    if (!backref || !backrefOnChildren) {
      parent = relationship(node, "parent", node, null);
    }
    if (!backref) {
      children.backPopulates = parent.name;
      parent.backPopulates = children.name;
    } else if (children != null) {
      children.backref = backref(node, "parent", false);
    } else {
      parent.backref = backref(node, "children", true);
    }
    List<RelationshipSpec> rels = new ArrayList<>();
    for (RelationshipSpec r : new RelationshipSpec[] {children, parent}) {
      if (r != null) {
        rels.add(r);
      }
    }
    model.links.add(new Link(kind, rels, List.of(fk), node));
    return true;
  }

  private boolean manyToMany(LinkKind kind, EntitySpec a, EntitySpec b) {
    TableSpec t = table(a, b, lower(a.name) + "Id", lower(b.name) + "Id");
    RelationshipSpec left = relationship(a, plural(b.name), b, pick(CONTAINERS));
    left.secondary = t;
    List<RelationshipSpec> rels = new ArrayList<>(List.of(left));
    if (kind == LinkKind.MANY_TO_MANY) {
      RelationshipSpec right = relationship(b, plural(a.name), a, pick(CONTAINERS));
      right.secondary = t;
      left.backPopulates = right.name;
      right.backPopulates = left.name;
      rels.add(right);
    } else if (kind == LinkKind.MANY_TO_MANY_BACKREF) {
      left.backref = backref(b, plural(a.name), true);
    }
    model.links.add(new Link(kind, rels, t.columns, t));
    return true;
  }

  /** A follower graph: one association table whose two keys both reference {@code a}. */
  private boolean selfManyToMany(EntitySpec a) {
    TableSpec t = table(a, a, "followerId", "followedId");
    RelationshipSpec following = relationship(a, "following", a, pick(CONTAINERS));
    RelationshipSpec followers = relationship(a, "followers", a, pick(CONTAINERS));
    following.secondary = t;
    following.foreignKey = "followerId";
    followers.secondary = t;
    followers.foreignKey = "followedId";
    following.backPopulates = followers.name;
    followers.backPopulates = following.name;
    model.links.add(
        new Link(LinkKind.SELF_MANY_TO_MANY, List.of(following, followers), t.columns, t));
    return true;
  }

  /**
   * An association-object entity with a composite key of two foreign keys, and its viewonly
   * shortcut.
   */
  private boolean associationObject(EntitySpec a, EntitySpec b) {
    EntitySpec ao = new EntitySpec(pick(packages), className());
    ao.closed = true;
    ao.table = tableName(ao.name, chance(0.5) ? Names.snakeCase(ao.name) + "_association" : null);
    taken.put(ao, new HashSet<>());
    model.entities.add(ao);
    ColumnSpec aKey = foreignKey(ao, a, lower(a.name) + "Id");
    ColumnSpec bKey = foreignKey(ao, b, lower(b.name) + "Id");
    aKey.id = true;
    bKey.id = true;
    add(ao, new ColumnSpec("extraData", "String"));
    RelationshipSpec toA = relationship(ao, lower(a.name), a, null);
    RelationshipSpec toB = relationship(ao, lower(b.name), b, null);
    RelationshipSpec fromA = relationship(a, lower(ao.name) + "s", ao, pick(CONTAINERS));
    RelationshipSpec fromB = relationship(b, lower(ao.name) + "s", ao, pick(CONTAINERS));
    toA.backPopulates = fromA.name;
    fromA.backPopulates = toA.name;
    toB.backPopulates = fromB.name;
    fromB.backPopulates = toB.name;
    List<RelationshipSpec> rels = new ArrayList<>(List.of(toA, toB, fromA, fromB));
    if (chance(0.6)) {
      RelationshipSpec shortcut = relationship(a, plural(b.name), b, pick(CONTAINERS));
      shortcut.secondary = ao;
      // Writable, it would overlap the association object's own rows: Relata warns, so viewonly.
      shortcut.viewonly = true;
      rels.add(shortcut);
    }
    model.links.add(new Link(LinkKind.ASSOCIATION_OBJECT, rels, List.of(aKey, bKey), ao));
    return true;
  }

  // ---- relationships -----------------------------------------------------------------------

  private RelationshipSpec relationship(
      EntitySpec owner, String base, EntitySpec target, String container) {
    RelationshipSpec r = new RelationshipSpec(owner, free(owner, base), target, container);
    taken.get(owner).add(r.name);
    r.lazy = chance(0.5) ? pick(new String[] {"SELECT", "JOINED", "SELECTIN"}) : null;
    r.cascade = cascade();
    r.passiveDeletes = chance(0.1);
    r.viewonly = chance(0.06);
    r.deprecation = deprecation(0.03);
    owner.relationships.add(r);
    return r;
  }

  /** A backref generated onto {@code target}, with a name free there. */
  private BackrefSpec backref(EntitySpec target, String base, boolean collection) {
    BackrefSpec b = new BackrefSpec(free(target, base));
    taken.get(target).add(b.name);
    b.lazy = chance(0.4) ? pick(new String[] {"SELECT", "JOINED", "SELECTIN"}) : null;
    b.cascade = cascade();
    b.passiveDeletes = chance(0.15);
    b.viewonly = chance(0.1);
    if (chance(collection ? 0.2 : 0.1)) {
      b.uselist = collection ? false : chance(0.5); // ignored on a naturally scalar side
    }
    return b;
  }

  private List<String> cascade() {
    if (chance(0.55)) {
      return null;
    }
    String[][] choices = {
      {"ALL"},
      {"SAVE_UPDATE", "MERGE", "DELETE"},
      {"SAVE_UPDATE", "DELETE", "DELETE_ORPHAN"},
      {},
      {"MERGE"},
      {"SAVE_UPDATE"},
      {"ALL", "DELETE_ORPHAN"}
    };
    return List.of(pick(choices));
  }

  /** {@code base}, or {@code base2}, {@code base3}... whichever is free on {@code e}. */
  private String free(EntitySpec e, String base) {
    String name = base;
    for (int i = 2; taken.get(e).contains(name); i++) {
      name = base + i;
    }
    return name;
  }

  private EntitySpec pickEntity(boolean referenceable, EntitySpec not) {
    List<EntitySpec> fit = new ArrayList<>();
    for (EntitySpec e : model.entities) {
      if (e != not && !e.closed && (!referenceable || e.referenceable())) {
        fit.add(e);
      }
    }
    return fit.isEmpty() ? null : fit.get(random.nextInt(fit.size()));
  }

  private static String lower(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String plural(String name) {
    String lower = lower(name);
    if (lower.endsWith("y")) {
      return lower.substring(0, lower.length() - 1) + "ies";
    }
    return lower + (lower.endsWith("s") ? "es" : "s");
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
