package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The hidden accessor class on its own: the code that {@link AccessorClass} writes for fields of
 * every primitive and reference kind and for getter/setter pairs, verified by the JVM when it is
 * defined.
 */
class AccessorClassTest {
  /** Enough slots that the first case lies past a stack-map offset delta of 63. */
  static class Wide {
    boolean z;
    byte b;
    short s;
    char c;
    int i;
    long j;
    float f;
    double d;
    Object any;
    String text;
    List<String> list;
    int[] ints;
    Wide next;
    private long stamp;
    private String label;

    long getStamp() {
      return stamp;
    }

    /** A setter that returns a long, whose result the accessor drops. */
    long setStamp(long stamp) {
      long old = this.stamp;
      this.stamp = stamp;
      return old;
    }

    String getLabel() {
      return label;
    }

    /** A fluent setter. */
    Wide setLabel(String label) {
      this.label = label;
      return this;
    }
  }

  /** A subclass that inherits every field and method of its storage. */
  static class Narrow extends Wide {}

  private static final String[] FIELDS = {
    "z", "b", "s", "c", "i", "j", "f", "d", "any", "text", "list", "ints", "next"
  };

  private static List<AccessorClass.Slot> slots(Class<?> type) {
    List<AccessorClass.Slot> slots = new ArrayList<>();
    for (String name : FIELDS) {
      slots.add(AccessorClass.field(type, name));
    }
    slots.add(AccessorClass.property(type, "stamp", "getStamp", "setStamp"));
    slots.add(AccessorClass.property(type, "label", "getLabel", "setLabel"));
    return slots;
  }

  @SuppressWarnings("unchecked")
  private static <E> Accessor<E> define(Class<E> type, boolean factory) {
    return (Accessor<E>) AccessorClass.define(MethodHandles.lookup(), type, slots(type), factory);
  }

  @Test
  void everySlotRoundTrips() {
    Accessor<Wide> accessor = define(Wide.class, true);
    Wide w = new Wide();
    Wide other = new Wide();
    int[] ints = {1};
    Object[] values = {
      true,
      (byte) -2,
      (short) 300,
      'x',
      42,
      1L << 40,
      1.5f,
      -2.25,
      3,
      "t",
      List.of("a"),
      ints,
      other,
      99L,
      "L"
    };
    for (int slot = 0; slot < values.length; slot++) {
      accessor.set(slot, w, values[slot]);
    }
    for (int slot = 0; slot < values.length; slot++) {
      assertEquals(values[slot], accessor.get(slot, w), "slot " + slot);
    }
    assertSame(ints, w.ints);
    assertSame(other, w.next);
    assertEquals(99L, w.getStamp());
    assertEquals("L", w.getLabel());
    assertEquals(1L << 40, w.j);
  }

  @Test
  void membersInheritedFromASuperclassAreReached() {
    Accessor<Narrow> accessor = define(Narrow.class, true);
    Narrow n = (Narrow) ((Supplier<?>) accessor).get();
    accessor.set(4, n, 7);
    accessor.set(14, n, "inherited");
    assertEquals(7, n.i);
    assertEquals("inherited", n.getLabel());
  }

  @Test
  void setCastsAndUnboxesLikeJava() {
    Accessor<Wide> accessor = define(Wide.class, false);
    Wide w = new Wide();
    assertThrows(ClassCastException.class, () -> accessor.set(4, w, 1L));
    assertThrows(ClassCastException.class, () -> accessor.set(9, w, 1));
    assertThrows(ClassCastException.class, () -> accessor.set(12, w, "not a Wide"));
    assertThrows(NullPointerException.class, () -> accessor.set(0, w, null));
    accessor.set(9, w, null);
    assertNull(accessor.get(9, w));
    @SuppressWarnings({"unchecked", "rawtypes"})
    Accessor<Object> raw = (Accessor) accessor;
    assertThrows(ClassCastException.class, () -> raw.get(0, "not a Wide"));
  }

  @Test
  void anUnknownSlotIsAnError() {
    Accessor<Wide> accessor = define(Wide.class, false);
    Wide w = new Wide();
    assertEquals(
        "no such slot: 15",
        assertThrows(IllegalArgumentException.class, () -> accessor.get(15, w)).getMessage());
    assertEquals(
        "no such slot: -1",
        assertThrows(IllegalArgumentException.class, () -> accessor.set(-1, w, null)).getMessage());
  }

  @Test
  void theFactoryIsOptional() {
    Accessor<Wide> plain = define(Wide.class, false);
    assertTrue(!(plain instanceof Supplier<?>));
    Accessor<Wide> withFactory = define(Wide.class, true);
    Object made = ((Supplier<?>) withFactory).get();
    assertInstanceOf(Wide.class, made);
  }

  @Test
  void anAccessorWithoutSlotsOnlyThrows() {
    @SuppressWarnings("unchecked")
    Accessor<Wide> none =
        (Accessor<Wide>) AccessorClass.define(MethodHandles.lookup(), Wide.class, List.of(), false);
    assertThrows(IllegalArgumentException.class, () -> none.get(0, new Wide()));
    assertThrows(IllegalArgumentException.class, () -> none.set(0, new Wide(), null));
  }

  static class Unusable {
    private int hidden;
    static int shared;
    final int fixed = 1;

    int getOnly() {
      return hidden + shared + fixed;
    }
  }

  @Test
  void membersItCannotReachAreNamed() {
    assertTrue(
        assertThrows(
                IllegalStateException.class, () -> AccessorClass.field(Unusable.class, "hidden"))
            .getMessage()
            .contains("Unusable.hidden must be a non-private, non-static, non-final field"));
    assertThrows(IllegalStateException.class, () -> AccessorClass.field(Unusable.class, "shared"));
    assertThrows(IllegalStateException.class, () -> AccessorClass.field(Unusable.class, "fixed"));
    assertTrue(
        assertThrows(
                IllegalStateException.class, () -> AccessorClass.field(Unusable.class, "missing"))
            .getMessage()
            .contains("has no non-private field missing"));
    assertTrue(
        assertThrows(
                IllegalStateException.class,
                () -> AccessorClass.property(Unusable.class, "only", "getOnly", "setOnly"))
            .getMessage()
            .contains("has no non-private setter setOnly(int)"));
  }
}
