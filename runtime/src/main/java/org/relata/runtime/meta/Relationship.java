package org.relata.runtime.meta;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.relata.Cascade;
import org.relata.Lazy;

/**
 * One side of a relationship between entity types {@code O} and {@code T}, as the structure of
 * {@code O} describes it.
 *
 * <p>A relationship knows its reverse side when it mirrors onto one (SQLAlchemy's {@code
 * back_populates}); the reverse is resolved lazily, because the two descriptors live in two
 * generated classes whose static initializers must not depend on each other.
 */
public abstract sealed class Relationship<O, T> permits ScalarRelationship, CollectionRelationship {
  private final String name;
  private final Class<O> ownerType;
  private final Class<T> targetType;
  private final RelationshipKind kind;
  private final Supplier<? extends Relationship<T, O>> reverseSupplier;
  private final Supplier<? extends Join> joinSupplier;
  private final Lazy lazy;
  private final Set<Cascade> cascade;
  private final boolean passiveDeletes;
  private final boolean viewonly;
  private final String orderBy;

  /** Whether a link made from this side brings the target into the owner's session. */
  private final boolean saveUpdate;

  private volatile Relationship<T, O> reverse;
  private volatile Join join;

  /**
   * The settings of one side, as its structure gives them. {@code reverse} and {@code join} are
   * resolved on first use; {@code reverse} is null for a side that mirrors onto none.
   */
  record Spec<O, T>(
      String name,
      Class<O> ownerType,
      Class<T> targetType,
      RelationshipKind kind,
      Supplier<? extends Relationship<T, O>> reverse,
      Supplier<? extends Join> join,
      Lazy lazy,
      Set<Cascade> cascade,
      boolean passiveDeletes,
      boolean viewonly,
      String orderBy) {
    Spec {
      Objects.requireNonNull(name);
      Objects.requireNonNull(ownerType);
      Objects.requireNonNull(targetType);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(lazy);
      Objects.requireNonNull(cascade);
      Objects.requireNonNull(orderBy);
    }
  }

  Relationship(Spec<O, T> s) {
    this.name = s.name();
    this.ownerType = s.ownerType();
    this.targetType = s.targetType();
    this.kind = s.kind();
    this.reverseSupplier = s.reverse();
    this.joinSupplier = s.join();
    this.lazy = s.lazy();
    this.cascade = Collections.unmodifiableSet(normalize(s.cascade()));
    this.passiveDeletes = s.passiveDeletes();
    this.viewonly = s.viewonly();
    this.orderBy = s.orderBy();
    this.saveUpdate = !viewonly && cascade.contains(Cascade.SAVE_UPDATE);
  }

  /** ALL expands to SAVE_UPDATE, MERGE and DELETE; DELETE_ORPHAN implies DELETE. */
  private static Set<Cascade> normalize(Set<Cascade> declared) {
    EnumSet<Cascade> set =
        declared.isEmpty() ? EnumSet.noneOf(Cascade.class) : EnumSet.copyOf(declared);
    if (set.remove(Cascade.ALL)) {
      set.add(Cascade.SAVE_UPDATE);
      set.add(Cascade.MERGE);
      set.add(Cascade.DELETE);
    }
    if (set.contains(Cascade.DELETE_ORPHAN)) {
      set.add(Cascade.DELETE);
    }
    return set;
  }

  /** The field name of this side, as declared or as named by {@code @Backref}. */
  public final String name() {
    return name;
  }

  public final Class<O> ownerType() {
    return ownerType;
  }

  public final Class<T> targetType() {
    return targetType;
  }

  public final RelationshipKind kind() {
    return kind;
  }

  /** Whether this side holds a collection rather than a single reference. */
  public abstract boolean isCollection();

  /** The side this one mirrors onto, or null when it mirrors onto none. */
  public final Relationship<T, O> reverse() {
    Relationship<T, O> r = reverse;
    return r != null || reverseSupplier == null ? r : resolveReverse();
  }

  /**
   * Resolves the reverse on first use; apart, so that {@link #reverse} stays small enough to
   * inline.
   */
  private Relationship<T, O> resolveReverse() {
    Relationship<T, O> r = Objects.requireNonNull(reverseSupplier.get(), "reverse of " + this);
    reverse = r;
    return r;
  }

  /**
   * The side that changes to this one mirror onto: the reverse, unless either side is viewonly. As
   * with SQLAlchemy's {@code sync_backref=False} default for viewonly relationships, a read-only
   * side neither pushes changes to its reverse nor receives them; loading still fills both.
   */
  final Relationship<T, O> mirrorsOnto() {
    Relationship<T, O> r = reverse();
    return r == null || viewonly || r.viewonly ? null : r;
  }

  /** How the two tables are joined. */
  public final Join join() {
    Join j = join;
    if (j == null) {
      j = Objects.requireNonNull(joinSupplier.get(), "join of " + this);
      join = j;
    }
    return j;
  }

  public final Lazy lazy() {
    return lazy;
  }

  /**
   * The effective cascades: {@code ALL} expanded, {@code DELETE_ORPHAN} implying {@code DELETE}.
   */
  public final Set<Cascade> cascade() {
    return cascade;
  }

  public final boolean cascades(Cascade c) {
    return cascade.contains(c);
  }

  public final boolean passiveDeletes() {
    return passiveDeletes;
  }

  public final boolean viewonly() {
    return viewonly;
  }

  /** The declared {@code orderBy} text, validated by the processor, or empty. */
  public final String orderBy() {
    return orderBy;
  }

  @Override
  public final String toString() {
    return ownerType.getSimpleName() + "." + name;
  }

  // ---- the raw operations that the reverse side uses; they never mirror ----

  /**
   * Makes {@code owner} refer to {@code target} on this side without mirroring. For a scalar,
   * returns the object that {@code owner} referred to before, if it differs from {@code target};
   * for a collection, returns null.
   */
  abstract T attachRaw(O owner, T target);

  /**
   * Removes the link from {@code owner} to {@code target} on this side, if present, without
   * mirroring.
   */
  abstract void detachRaw(O owner, T target);

  /**
   * Mirrors a link that this side has just made from {@code owner} to {@code target}: the reverse
   * side gains {@code owner}, and whatever the reverse held before loses {@code target}. Then the
   * owner's session cascades the change.
   */
  final void mirrorLinked(O owner, T target) {
    Relationship<T, O> rev = mirrorsOnto();
    if (rev != null) {
      O previous = rev.attachRaw(target, owner);
      if (previous != null && previous != owner) {
        // The reverse is a scalar that pointed elsewhere: that object's side loses target.
        detachRaw(previous, target);
      }
    }
    cascadeLinked(owner, List.of(target));
  }

  /**
   * Tells the owner's session that the application linked {@code targets} from this side, when this
   * side cascades {@code SAVE_UPDATE}: they join the session at once. A change mirrored from the
   * other side never comes here (SQLAlchemy 2.0 removed {@code cascade_backrefs}).
   */
  final void cascadeLinked(O owner, List<T> targets) {
    if (saveUpdate && !targets.isEmpty()) {
      EntityAttachment attachment = EntityRelations.attachmentOf(owner);
      if (attachment != null) {
        attachment.linked(this, owner, targets);
      }
    }
  }

  /**
   * Loads, before anything changes, what mirroring a new link to {@code target} will read: the
   * reverse scalar of {@code target} and, for a one-to-one, the scalar of the partner it points to.
   * When such a load fails (the session is closed), the operation then fails with both sides as
   * they were, instead of half mirrored. Collections never need loading to be mirrored onto.
   */
  final void prepareLink(T target) {
    if (mirrorsOnto() instanceof ScalarRelationship<T, O> rev) {
      O previous = rev.get(target);
      if (previous != null && this instanceof ScalarRelationship<O, T> self) {
        self.get(previous);
      }
    }
  }

  /** Loads, before anything changes, what mirroring the end of the link to {@code target} reads. */
  final void prepareUnlink(T target) {
    if (mirrorsOnto() instanceof ScalarRelationship<T, O> rev) {
      rev.get(target);
    }
  }

  /** Mirrors a link that this side has just removed. */
  final void mirrorUnlinked(O owner, T target) {
    Relationship<T, O> rev = mirrorsOnto();
    if (rev != null) {
      rev.detachRaw(target, owner);
    }
  }
}
