package org.relata.runtime.repository;

import jakarta.data.Limit;
import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.exceptions.EmptyResultException;
import jakarta.data.exceptions.NonUniqueResultException;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.page.impl.PageRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.relata.runtime.EntityQuery;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/**
 * The parts of a generated finder that depend on its arguments at run time: equality with a value
 * that may be null, the dynamic order of {@link Sort} and {@link Order}, the window of {@link
 * Limit} and {@link PageRequest}, and the shapes of single results and pages.
 */
public final class Finders {
  /** Jakarta Data's name for the id attribute, as in {@code @By(By.ID)}. */
  private static final String ID = "id(this)";

  private Finders() {}

  /** {@code field = value}, or {@code field IS NULL} for a null value. */
  public static <T> Condition equal(Field<T> field, T value) {
    return value == null ? field.isNull() : field.eq(value);
  }

  /**
   * The one result of {@code query}.
   *
   * @throws EmptyResultException when nothing matches
   * @throws NonUniqueResultException when more than one object matches
   */
  public static <E> E single(EntityQuery<E> query) {
    E result = atMostOne(query);
    if (result == null) {
      throw new EmptyResultException("No result for " + query);
    }
    return result;
  }

  /**
   * The one result of {@code query}, or empty.
   *
   * @throws NonUniqueResultException when more than one object matches
   */
  public static <E> Optional<E> optional(EntityQuery<E> query) {
    return Optional.ofNullable(atMostOne(query));
  }

  private static <E> E atMostOne(EntityQuery<E> query) {
    List<E> two = query.limit(2).list();
    if (two.size() > 1) {
      throw new NonUniqueResultException("More than one result for " + query);
    }
    return two.isEmpty() ? null : two.get(0);
  }

  /** {@code query} sorted further by {@code sorts}, in order; properties are field names. */
  @SafeVarargs
  public static <E> EntityQuery<E> sort(
      EntityQuery<E> query, EntityType<E> type, Sort<? super E>... sorts) {
    Objects.requireNonNull(sorts, "sorts");
    EntityQuery<E> q = query;
    for (Sort<? super E> s : sorts) {
      q = q.orderBy(sortField(type, Objects.requireNonNull(s, "sort")));
    }
    return q;
  }

  /** {@code query} sorted further by {@code order}. */
  public static <E> EntityQuery<E> sort(
      EntityQuery<E> query, EntityType<E> type, Order<? super E> order) {
    Objects.requireNonNull(order, "order");
    List<SortField<?>> fields = new ArrayList<>();
    for (Sort<?> s : order) {
      fields.add(sortField(type, s));
    }
    return query.orderBy(fields.toArray(new SortField<?>[0]));
  }

  private static SortField<?> sortField(EntityType<?> type, Sort<?> sort) {
    Field<?> field = field(type, sort.property());
    if (sort.ignoreCase() && field.getType() == String.class) {
      @SuppressWarnings("unchecked")
      Field<String> text = (Field<String>) field;
      field = DSL.lower(text);
    }
    return sort.isAscending() ? field.asc() : field.desc();
  }

  private static Field<?> field(EntityType<?> type, String property) {
    if (property.equals(ID) && type.ids().size() == 1) {
      return type.ids().get(0).field();
    }
    for (Attribute<?, ?> a : type.attributes()) {
      if (a.name().equals(property)) {
        return a.field();
      }
    }
    List<String> names = new ArrayList<>();
    for (Attribute<?, ?> a : type.attributes()) {
      names.add(a.name());
    }
    throw new IllegalArgumentException(
        "Cannot sort "
            + type
            + " by \""
            + property
            + "\": it has no such field. Sort by one of "
            + names);
  }

  /** {@code query} cut to the window of {@code limit}. */
  public static <E> EntityQuery<E> limit(EntityQuery<E> query, Limit limit) {
    Objects.requireNonNull(limit, "limit");
    return query.offset(offset(limit.startAt() - 1)).limit(limit.maxResults());
  }

  /** {@code query} cut to the page {@code request} asks for. */
  public static <E> EntityQuery<E> page(EntityQuery<E> query, PageRequest request) {
    Objects.requireNonNull(request, "pageRequest");
    if (request.mode() != PageRequest.Mode.OFFSET) {
      throw new UnsupportedOperationException(
          "Relata repositories page by offset; " + request + " asks for cursor-based paging");
    }
    return query.offset(offset((request.page() - 1) * request.size())).limit(request.size());
  }

  /**
   * The page of {@code query} that {@code request} asks for: one SELECT for its content, and one
   * {@code SELECT count(*)} for the totals when the request asks for them.
   */
  public static <E> Page<E> pageOf(EntityQuery<E> query, PageRequest request) {
    List<E> content = page(query, request).list();
    long total = request.requestTotal() ? query.count() : -1;
    return new PageRecord<>(request, content, total);
  }

  private static int offset(long offset) {
    if (offset > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Offset " + offset + " is too large");
    }
    return (int) offset;
  }
}
