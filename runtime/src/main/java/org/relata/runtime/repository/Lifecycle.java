package org.relata.runtime.repository;

import jakarta.data.exceptions.EntityExistsException;
import jakarta.data.exceptions.OptimisticLockingFailureException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.relata.runtime.EntityQuery;
import org.relata.runtime.Session;

/**
 * The lifecycle methods of generated repositories. Each makes its change in the session, along the
 * relationships' cascades, and flushes at once, so that generated ids are set and a failing
 * statement fails the call; the session's transaction still commits or rolls back as its owner
 * says. A failed flush leaves the change pending in the session, as {@link Session#flush} does.
 */
public final class Lifecycle {
  private Lifecycle() {}

  /**
   * Inserts new entities.
   *
   * @throws EntityExistsException for an entity whose row exists already, before anything is
   *     written
   */
  public static void insert(Session session, Iterable<?> entities) {
    for (Object e : entities) {
      if (session.isPersistent(Objects.requireNonNull(e, "entity"))) {
        throw new EntityExistsException(
            describe(e) + " is persistent already; use @Update or @Save");
      }
    }
    addAndFlush(session, entities);
  }

  /**
   * Writes the changes of persistent entities.
   *
   * @throws OptimisticLockingFailureException for an entity that was never saved, before anything
   *     is written
   */
  public static void update(Session session, Iterable<?> entities) {
    for (Object e : entities) {
      requirePersistent(session, e, "updated");
    }
    addAndFlush(session, entities);
  }

  /** Inserts the new entities and updates the others. */
  public static void save(Session session, Iterable<?> entities) {
    addAndFlush(session, entities);
  }

  /**
   * Deletes persistent entities, along {@code DELETE} cascades.
   *
   * @throws OptimisticLockingFailureException for an entity that was never saved, before anything
   *     is deleted
   */
  public static void delete(Session session, Iterable<?> entities) {
    List<Object> all = new ArrayList<>();
    for (Object e : entities) {
      requirePersistent(session, e, "deleted");
      all.add(e);
    }
    for (Object e : all) {
      session.delete(e);
    }
    session.flush();
  }

  /** Deletes every object {@code query} finds, along {@code DELETE} cascades; returns how many. */
  public static <E> long deleteAll(Session session, EntityQuery<E> query) {
    List<E> found = query.list();
    for (E e : found) {
      session.delete(e);
    }
    session.flush();
    return found.size();
  }

  private static void addAndFlush(Session session, Iterable<?> entities) {
    for (Object e : entities) {
      session.add(Objects.requireNonNull(e, "entity"));
    }
    session.flush();
  }

  private static void requirePersistent(Session session, Object e, String what) {
    if (!session.isPersistent(Objects.requireNonNull(e, "entity"))) {
      throw new OptimisticLockingFailureException(
          describe(e)
              + " cannot be "
              + what
              + ": it was never saved, or is deleted. Use @Insert or @Save for a new entity");
    }
  }

  private static String describe(Object e) {
    return e.getClass().getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(e));
  }
}
