package org.relata.bench.mirror;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.relata.bench.mirror.model.Address;
import org.relata.bench.mirror.model.Customer;
import org.relata.bench.mirror.model.HandAddress;
import org.relata.bench.mirror.model.HandCustomer;
import org.relata.bench.mirror.model.PlainAddress;
import org.relata.bench.mirror.model.PlainCustomer;

/**
 * Comparison 3: the cost of one in-memory relationship change, with Relata's generated accessors,
 * with hand-written JPA-style helpers, and with a bare list plus a field.
 *
 * <p>Each invocation performs {@link #OPS} operations over {@link #CUSTOMERS} customers with {@link
 * #PER_CUSTOMER} addresses each, so collections stay as small as they usually are; the objects are
 * rebuilt before every invocation, outside the measured time.
 */
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(MirrorBenchmark.OPS)
public class MirrorBenchmark {
  static final int CUSTOMERS = 100;
  static final int PER_CUSTOMER = 10;
  static final int OPS = CUSTOMERS * PER_CUSTOMER;

  /** Relata objects; {@code filled} decides whether addresses start out linked. */
  @State(Scope.Thread)
  public static class RelataState {
    Customer[] customers;
    Address[] addresses;

    void build(boolean filled) {
      customers = new Customer[CUSTOMERS];
      addresses = new Address[OPS];
      for (int c = 0; c < CUSTOMERS; c++) {
        customers[c] = new Customer();
      }
      for (int i = 0; i < OPS; i++) {
        addresses[i] = new Address();
        if (filled) {
          customers[i / PER_CUSTOMER].getAddresses().add(addresses[i]);
        }
      }
    }
  }

  /** Relata, nothing linked yet. */
  public static class RelataEmpty extends RelataState {
    @Setup(Level.Invocation)
    public void setUp() {
      build(false);
    }
  }

  /** Relata, every address linked to its customer. */
  public static class RelataFilled extends RelataState {
    @Setup(Level.Invocation)
    public void setUp() {
      build(true);
    }
  }

  /** Hand-written helper objects. */
  @State(Scope.Thread)
  public static class HandState {
    HandCustomer[] customers;
    HandAddress[] addresses;

    void build(boolean filled) {
      customers = new HandCustomer[CUSTOMERS];
      addresses = new HandAddress[OPS];
      for (int c = 0; c < CUSTOMERS; c++) {
        customers[c] = new HandCustomer();
      }
      for (int i = 0; i < OPS; i++) {
        addresses[i] = new HandAddress();
        if (filled) {
          customers[i / PER_CUSTOMER].addAddress(addresses[i]);
        }
      }
    }
  }

  /** Hand-written, nothing linked yet. */
  public static class HandEmpty extends HandState {
    @Setup(Level.Invocation)
    public void setUp() {
      build(false);
    }
  }

  /** Hand-written, every address linked to its customer. */
  public static class HandFilled extends HandState {
    @Setup(Level.Invocation)
    public void setUp() {
      build(true);
    }
  }

  /** Bare lists and fields. */
  @State(Scope.Thread)
  public static class PlainState {
    PlainCustomer[] customers;
    PlainAddress[] addresses;

    void build(boolean filled) {
      customers = new PlainCustomer[CUSTOMERS];
      addresses = new PlainAddress[OPS];
      for (int c = 0; c < CUSTOMERS; c++) {
        customers[c] = new PlainCustomer();
      }
      for (int i = 0; i < OPS; i++) {
        addresses[i] = new PlainAddress();
        if (filled) {
          PlainCustomer c = customers[i / PER_CUSTOMER];
          c.addresses.add(addresses[i]);
          addresses[i].customer = c;
        }
      }
    }
  }

  /** Bare, nothing linked yet. */
  public static class PlainEmpty extends PlainState {
    @Setup(Level.Invocation)
    public void setUp() {
      build(false);
    }
  }

  /** Bare, every address linked to its customer. */
  public static class PlainFilled extends PlainState {
    @Setup(Level.Invocation)
    public void setUp() {
      build(true);
    }
  }

  @Benchmark
  public void addRelata(RelataEmpty s, Blackhole bh) {
    for (int i = 0; i < OPS; i++) {
      bh.consume(s.customers[i / PER_CUSTOMER].getAddresses().add(s.addresses[i]));
    }
  }

  @Benchmark
  public void addHand(HandEmpty s) {
    for (int i = 0; i < OPS; i++) {
      s.customers[i / PER_CUSTOMER].addAddress(s.addresses[i]);
    }
  }

  @Benchmark
  public void addPlain(PlainEmpty s, Blackhole bh) {
    for (int i = 0; i < OPS; i++) {
      PlainCustomer c = s.customers[i / PER_CUSTOMER];
      bh.consume(c.addresses.add(s.addresses[i]));
      s.addresses[i].customer = c;
    }
  }

  @Benchmark
  public void removeRelata(RelataFilled s, Blackhole bh) {
    for (int i = 0; i < OPS; i++) {
      bh.consume(s.customers[i / PER_CUSTOMER].getAddresses().remove(s.addresses[i]));
    }
  }

  @Benchmark
  public void removeHand(HandFilled s) {
    for (int i = 0; i < OPS; i++) {
      s.customers[i / PER_CUSTOMER].removeAddress(s.addresses[i]);
    }
  }

  @Benchmark
  public void removePlain(PlainFilled s, Blackhole bh) {
    for (int i = 0; i < OPS; i++) {
      bh.consume(s.customers[i / PER_CUSTOMER].addresses.remove(s.addresses[i]));
      s.addresses[i].customer = null;
    }
  }

  /** Moves every address to the next customer: out of one list, into another, field updated. */
  @Benchmark
  public void moveRelata(RelataFilled s) {
    for (int i = 0; i < OPS; i++) {
      s.addresses[i].setCustomer(s.customers[(i / PER_CUSTOMER + 1) % CUSTOMERS]);
    }
  }

  @Benchmark
  public void moveHand(HandFilled s) {
    for (int i = 0; i < OPS; i++) {
      HandAddress a = s.addresses[i];
      a.getCustomer().removeAddress(a);
      s.customers[(i / PER_CUSTOMER + 1) % CUSTOMERS].addAddress(a);
    }
  }

  /** The floor for a move: only the new list and the field; the old list is left stale. */
  @Benchmark
  public void movePlain(PlainFilled s, Blackhole bh) {
    for (int i = 0; i < OPS; i++) {
      PlainCustomer c = s.customers[(i / PER_CUSTOMER + 1) % CUSTOMERS];
      bh.consume(c.addresses.add(s.addresses[i]));
      s.addresses[i].customer = c;
    }
  }
}
