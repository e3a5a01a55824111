package org.relata.runtime;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Transaction;
import org.jooq.TransactionContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The context a session hands to the jOOQ {@code TransactionProvider} for one transaction it
 * begins: the provider keeps its state (a savepoint, Spring's transaction status) in it, and the
 * session ends exactly the contexts it began.
 */
final class TransactionScope implements TransactionContext {
  private final Configuration configuration;
  private final Instant created = Instant.now();
  private final Map<Object, Object> data = new HashMap<>();
  private Transaction transaction;
  private Throwable cause;

  TransactionScope(Configuration configuration) {
    this.configuration = configuration;
  }

  @Override
  public Configuration configuration() {
    return configuration;
  }

  @Override
  public Instant creationTime() {
    return created;
  }

  @Override
  public DSLContext dsl() {
    return DSL.using(configuration);
  }

  @Override
  public Settings settings() {
    return configuration.settings();
  }

  @Override
  public SQLDialect dialect() {
    return configuration.dialect();
  }

  @Override
  public SQLDialect family() {
    return configuration.family();
  }

  @Override
  public Map<Object, Object> data() {
    return data;
  }

  @Override
  public Object data(Object key) {
    return data.get(key);
  }

  @Override
  public Object data(Object key, Object value) {
    return data.put(key, value);
  }

  @Override
  public Transaction transaction() {
    return transaction;
  }

  @Override
  public TransactionContext transaction(Transaction t) {
    this.transaction = t;
    return this;
  }

  @Override
  public Exception cause() {
    return cause instanceof Exception e ? e : null;
  }

  @Override
  public Throwable causeThrowable() {
    return cause;
  }

  @Override
  public TransactionContext cause(Exception e) {
    this.cause = e;
    return this;
  }

  @Override
  public TransactionContext causeThrowable(Throwable t) {
    this.cause = t;
    return this;
  }
}
