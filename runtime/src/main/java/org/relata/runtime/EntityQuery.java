package org.relata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.OrderField;
import org.jooq.impl.DSL;
import org.relata.Lazy;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Relationship;

/**
 * A query of one entity type in a session, written with the typed fields of the generated {@code
 * ERelations} class. Each method returns a new query and leaves this one as it is; {@link #list}
 * runs it. The rows map to objects through the session's identity map, with their eager
 * relationships loaded, and the session autoflushes before the query runs (see {@link
 * Session#setAutoflush}).
 */
public final class EntityQuery<E> {
  private final Session session;
  private final EntityType<E> type;
  private final Condition where;
  private final List<OrderField<?>> order;
  private final Integer limit;
  private final Integer offset;
  private final LoadOptions loads;

  EntityQuery(Session session, EntityType<E> type) {
    this(session, type, DSL.noCondition(), List.of(), null, null, LoadOptions.NONE);
  }

  private EntityQuery(
      Session session,
      EntityType<E> type,
      Condition where,
      List<OrderField<?>> order,
      Integer limit,
      Integer offset,
      LoadOptions loads) {
    this.session = session;
    this.type = type;
    this.where = where;
    this.order = order;
    this.limit = limit;
    this.offset = offset;
    this.loads = loads;
  }

  /** Only the rows that match {@code condition} as well as every earlier one. */
  public EntityQuery<E> where(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return new EntityQuery<>(session, type, where.and(condition), order, limit, offset, loads);
  }

  /** Sorts by {@code fields}, after any earlier order. */
  public EntityQuery<E> orderBy(OrderField<?>... fields) {
    List<OrderField<?>> more = new ArrayList<>(order);
    for (OrderField<?> f : fields) {
      more.add(Objects.requireNonNull(f, "order field"));
    }
    return new EntityQuery<>(session, type, where, List.copyOf(more), limit, offset, loads);
  }

  /** At most {@code count} objects. Eagerly joined collections do not count against it. */
  public EntityQuery<E> limit(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + count);
    }
    return new EntityQuery<>(session, type, where, order, count, offset, loads);
  }

  /** Skips the first {@code count} objects. */
  public EntityQuery<E> offset(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + count);
    }
    return new EntityQuery<>(session, type, where, order, limit, count, loads);
  }

  /**
   * Loads {@code relationship} of the results with them, whatever its own {@code lazy} says: {@code
   * Lazy.JOINED} in the query's statement with a LEFT OUTER JOIN, {@code Lazy.SELECTIN} in one more
   * statement for all results; SQLAlchemy's {@code joinedload()} and {@code selectinload()}
   * options. An object whose relationship is loaded already keeps it as it is.
   *
   * @throws IllegalArgumentException for {@code Lazy.SELECT}, or a relationship of another type
   */
  public EntityQuery<E> load(Relationship<E, ?> relationship, Lazy how) {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(how, "how");
    if (relationship.ownerType() != type.javaType()) {
      throw new IllegalArgumentException(
          relationship + " is not a relationship of " + type + "; name one of its own");
    }
    return new EntityQuery<>(
        session, type, where, order, limit, offset, loads.with(relationship, how));
  }

  /** Runs the query: the matching objects, in order, each once. */
  public List<E> list() {
    boolean entered = session.guard().enter("run a query");
    try {
      session.requireOpen("run a query");
      session.autoflush();
      return session.loader().query(type, where, stableOrder(), limit, offset, loads);
    } finally {
      session.guard().exit(entered);
    }
  }

  /**
   * Counts the matching rows with one {@code SELECT count(*)}, ignoring the order, limit and offset
   * (autoflushes first, as {@link #list} does).
   */
  public long count() {
    boolean entered = session.guard().enter("count");
    try {
      session.requireOpen("count");
      session.autoflush();
      Long n = session.dsl().selectCount().from(type.table()).where(where).fetchOne(0, Long.class);
      return n == null ? 0 : n;
    } finally {
      session.guard().exit(entered);
    }
  }

  /**
   * The order to read in. A window ({@code limit} or {@code offset}) also orders by the primary key
   * last, so that rows that tie on the requested order fall into the same window every time, and
   * consecutive pages neither repeat nor skip a row.
   */
  private List<? extends OrderField<?>> stableOrder() {
    if (limit == null && offset == null) {
      return order;
    }
    List<OrderField<?>> stable = new ArrayList<>(order);
    for (Attribute<E, ?> id : type.ids()) {
      stable.add(id.field().asc());
    }
    return stable;
  }

  /** The first matching object, or null when none matches. */
  public E first() {
    List<E> one = limit(1).list();
    return one.isEmpty() ? null : one.get(0);
  }

  @Override
  public String toString() {
    return "query of "
        + type
        + " where "
        + where
        + (order.isEmpty() ? "" : " order by " + order)
        + (limit == null ? "" : " limit " + limit)
        + (offset == null ? "" : " offset " + offset)
        + loads;
  }
}
