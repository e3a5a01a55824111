package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;
import org.relata.runtime.ConcurrentSessionUseException;
import org.relata.runtime.Session;

/**
 * A session used from a second thread while a call of the first runs: the second thread's call
 * fails at once with an exception that names both threads, writes nothing, and leaves the first
 * call to finish undisturbed. Latches, not sleeps, hold the first thread inside its flush.
 */
class SecondThreadTest {
  private static final Class<?>[] MODEL = {User.class, Address.class, Profile.class};

  /** Holds the thread {@code holder} at the first statement it runs, until released. */
  private static final class Gate implements ExecuteListener {
    private static final long serialVersionUID = 1L;
    final CountDownLatch inside = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicBoolean held = new AtomicBoolean();
    volatile Thread holder;

    @Override
    public void executeStart(ExecuteContext ctx) {
      if (Thread.currentThread() == holder && held.compareAndSet(false, true)) {
        inside.countDown();
        try {
          assertTrue(release.await(30, TimeUnit.SECONDS), "never released");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aSecondThreadFailsLoudlyWhileACommitRunsAndWritesNothing(Backend backend) throws Exception {
    ExecutorService first = Executors.newSingleThreadExecutor(r -> new Thread(r, "first-worker"));
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Gate gate = new Gate();
      Session session = Session.open(db.using(gate));
      User ed = new User("ed");
      ed.getAddresses().add(new Address("ed@a"));
      ed.getAddresses().add(new Address("ed@b"));
      session.add(ed);
      Future<?> commit =
          first.submit(
              () -> {
                gate.holder = Thread.currentThread();
                session.commit();
                return null;
              });
      assertTrue(gate.inside.await(30, TimeUnit.SECONDS), "the first thread never flushed");

      User wendy = new User("wendy");
      String me = Thread.currentThread().getName();
      for (Executable call :
          List.<Executable>of(
              session::commit,
              session::flush,
              () -> session.add(wendy),
              () -> session.delete(ed),
              () -> session.get(User.class, 1L),
              () -> session.query(User.class).where(User.NAME.eq("ed")).list(),
              session::close)) {
        ConcurrentSessionUseException e = assertThrows(ConcurrentSessionUseException.class, call);
        assertTrue(e.getMessage().contains("\"" + me + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("\"first-worker\""), e.getMessage());
      }
      assertFalse(session.contains(wendy), "the refused add did nothing");
      assertTrue(session.isOpen(), "the refused close did nothing");

      gate.release.countDown();
      commit.get(30, TimeUnit.SECONDS);
      // The first thread's commit wrote each row once; the second thread wrote nothing.
      assertEquals(List.of(List.of("ed")), db.rows("select \"name\" from \"user_account\""));
      assertEquals(
          List.of(List.of("ed@a"), List.of("ed@b")),
          db.rows("select \"email\" from \"address\" order by \"email\""));
      // Between calls the session serves any one thread at a time.
      session.commit();
      session.close();
      assertEquals(1, db.count("user_account"));
      assertEquals(2, db.count("address"));
    } finally {
      first.shutdownNow();
    }
  }
}
