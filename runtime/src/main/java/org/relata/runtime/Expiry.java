package org.relata.runtime;

import java.util.List;
import java.util.Objects;
import org.jooq.Record;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.Relationship;
import org.relata.runtime.meta.ScalarRelationship;
import org.relata.runtime.meta.SessionBridge;

/**
 * Expire and refresh: what memory holds of an object is marked stale, and read again from the
 * database.
 *
 * <p>An expired relationship is read again on its next access through its getter while the session
 * is open; once the session is closed, memory is left as it is. Column fields are plain fields that
 * cannot notice a read, so expired columns are refreshed by the next row the session reads for the
 * object (a query, a load, {@link Session#get}), or at once by {@link Session#refresh}.
 *
 * <p>Nothing pending is discarded. A column changed since the last flush keeps its new value when
 * the row is read again, which becomes the value the flush compares with; a scalar relationship set
 * since the last flush keeps its target; a collection read again keeps the links made and removed
 * in memory since the last flush, as a collection loaded for the first time does.
 */
final class Expiry {
  private Expiry() {}

  /** The state of {@code entity}, which must be persistent in {@code session}. */
  static EntityState persistent(Session session, Object entity, String operation) {
    Objects.requireNonNull(entity, "entity");
    EntityState s = session.stateOf(entity);
    if (s == null || !s.isPersistent()) {
      throw new ObjectStateException(
          "Cannot "
              + operation
              + " "
              + (s == null ? entity.getClass().getSimpleName() : s.describe())
              + ": it is not persistent in this session (only an object loaded or flushed by it"
              + " has a row to read again)");
    }
    if (s.deleteRequested) {
      throw new ObjectStateException(
          "Cannot " + operation + " " + s.describe() + ": it was deleted in this session");
    }
    return s;
  }

  /** Expires every relationship and the columns of {@code s}. */
  static void expire(EntityState s) {
    for (int i = 0, n = s.type.relationships().size(); i < n; i++) {
      s.expire(i);
    }
    s.expireColumns();
  }

  /** Expires one relationship of {@code s}. */
  static void expire(EntityState s, Relationship<?, ?> relationship) {
    s.expire(s.indexOf(Objects.requireNonNull(relationship, "relationship")));
  }

  /**
   * Refreshes the expired columns of {@code s} from {@code record}, whose columns start at {@code
   * offset} in attribute order. A column changed in memory since the last flush keeps its value;
   * the row's value becomes what a flush compares it with.
   */
  static void reread(
      EntityState s, Attribute<Object, Object>[] attributes, Record record, int offset) {
    Object[] snapshot = s.snapshot.clone();
    for (int i = 0; i < attributes.length; i++) {
      Object row = record.get(offset + i);
      Object current = attributes[i].get(s.entity);
      if (Objects.deepEquals(current, snapshot[i])) {
        attributes[i].set(s.entity, row);
      }
      snapshot[i] = row;
    }
    s.columnsRefreshed(snapshot);
  }

  /**
   * After a flush wrote {@code s}: a many-to-one that memory holds as null while its key column
   * names a row is marked unloaded, so that its next access loads the target from the key (from the
   * identity map, without a query, when the target is there). This is the reference of a key set
   * directly, {@code d.addressId = a.id}. Journaled, as the flush may be rolled back.
   */
  @SuppressWarnings("unchecked")
  static void resolveKeys(EntityState s, Journal journal) {
    List<Relationship<Object, ?>> relationships = s.type.relationships();
    for (int i = 0; i < relationships.size(); i++) {
      if (relationships.get(i) instanceof ScalarRelationship<Object, ?> scalar
          && !s.isUnloaded(i)
          && scalar.join() instanceof Join.ForeignKeyJoin fk
          && fk.ownerHoldsKey()
          && SessionBridge.peek(scalar, s.entity) == null
          && fk.foreignKey().getFrom(s.entity) != null) {
        s.markUnloaded(i);
        journal.onUndo(() -> s.markLoaded(scalar, null));
      }
    }
  }
}
