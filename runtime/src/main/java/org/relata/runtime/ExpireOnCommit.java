package org.relata.runtime;

/**
 * What a session expires after each commit, so that the next access reads what the database holds
 * then, including what other transactions committed; see {@link Session#setExpireOnCommit}.
 */
public enum ExpireOnCommit {
  /** Nothing: memory keeps what it held at the commit. */
  NONE,

  /**
   * Every loaded relationship of every object: each is read again on its next access through its
   * getter while the session is open. The default.
   */
  RELATIONSHIPS,

  /**
   * Relationships as {@link #RELATIONSHIPS} does, and the columns too: a column field cannot reload
   * when it is read, so the columns are refreshed by the next row the session reads for the object
   * ({@link Session#get} then reads the row again), or by {@link Session#refresh}. SQLAlchemy's
   * {@code expire_on_commit=True}, as far as plain fields allow.
   */
  ALL
}
