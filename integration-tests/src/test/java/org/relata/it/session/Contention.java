package org.relata.it.session;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.relata.runtime.Session;

/**
 * Two sessions on two threads and two connections, for tests of what happens when they write the
 * same rows: each waits with a bound, so that a deadlock or a hang fails the test instead of
 * stopping it.
 */
final class Contention implements AutoCloseable {
  static final long TIMEOUT_SECONDS = 30;

  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  /** Runs {@code work} on a thread of its own. */
  <T> Future<T> start(Callable<T> work) {
    return threads.submit(work);
  }

  /** Commits {@code session} on a thread of its own. */
  Future<Void> commit(Session session) {
    return start(
        () -> {
          session.commit();
          return null;
        });
  }

  /** The result of {@code future}, or the exception its work threw. */
  static Throwable outcome(Future<?> future) {
    try {
      future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("The session did not finish within " + TIMEOUT_SECONDS + " s", e);
    }
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("Gave up waiting after " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
