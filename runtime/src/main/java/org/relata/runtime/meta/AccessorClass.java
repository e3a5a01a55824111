package org.relata.runtime.meta;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Supplier;
import org.relata.runtime.meta.ClassFileWriter.Code;
import org.relata.runtime.meta.ClassFileWriter.ConstantPool;

/**
 * The {@link Accessor} of one entity class, defined at bootstrap as a hidden class in the entity's
 * package: a {@code tableswitch} over the slots, each case a direct {@code getfield}/{@code
 * putfield} or a call of the column's getter or setter, boxing and unboxing primitives. It is the
 * code that javac would compile from a hand-written switch, so that the JIT inlines it the same
 * way; reflection only finds the members' types here, once.
 *
 * <p>When the entity has a usable no-argument constructor, the class is also the entity's {@link
 * Supplier}, whose {@code get()} is {@code new E()}.
 */
final class AccessorClass {
  private static final String OBJECT = "java/lang/Object";
  private static final String ACCESSOR = internalName(Accessor.class);
  private static final String SUPPLIER = internalName(Supplier.class);
  private static final String GET = "(ILjava/lang/Object;)Ljava/lang/Object;";
  private static final String SET = "(ILjava/lang/Object;Ljava/lang/Object;)V";
  private static final int POP = 0x57;
  private static final int POP2 = 0x58;

  private AccessorClass() {}

  /**
   * How the accessor reaches one slot: the field {@code name} of Java type {@code type}, or, when
   * {@code getter} is set, that getter and {@code setter}.
   */
  record Slot(String name, Class<?> type, Method getter, Method setter) {}

  /**
   * The slot of the field {@code name}, declared by {@code entity} or a superclass (a materialized
   * backref's field lives in the generated {@code ERelations}).
   */
  static Slot field(Class<?> entity, String name) {
    for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
      Field f;
      try {
        f = c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        continue;
      }
      int modifiers = f.getModifiers();
      if (Modifier.isPrivate(modifiers)
          || Modifier.isStatic(modifiers)
          || Modifier.isFinal(modifiers)) {
        throw new IllegalStateException(
            c.getName()
                + "."
                + name
                + " must be a non-private, non-static, non-final field for Relata to read and"
                + " write it; recompile with the Relata processor, which checks this");
      }
      return new Slot(name, f.getType(), null, null);
    }
    throw missing(entity, "field " + name);
  }

  /** The slot of a column read by {@code getterName} and written by {@code setterName}. */
  static Slot property(Class<?> entity, String name, String getterName, String setterName) {
    Method getter = null;
    for (Class<?> c = entity; getter == null && c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(getterName) && m.getParameterCount() == 0 && usable(m)) {
          getter = m;
          break;
        }
      }
    }
    if (getter == null) {
      throw missing(entity, "getter " + getterName + "()");
    }
    Method setter = null;
    for (Class<?> c = entity; setter == null && c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(setterName)
            && m.getParameterCount() == 1
            && m.getParameterTypes()[0] == getter.getReturnType()
            && usable(m)) {
          setter = m;
          break;
        }
      }
    }
    if (setter == null) {
      throw missing(
          entity, "setter " + setterName + "(" + getter.getReturnType().getSimpleName() + ")");
    }
    return new Slot(name, getter.getReturnType(), getter, setter);
  }

  private static boolean usable(Method m) {
    return !Modifier.isPrivate(m.getModifiers()) && !Modifier.isStatic(m.getModifiers());
  }

  private static IllegalStateException missing(Class<?> entity, String member) {
    return new IllegalStateException(
        entity.getName()
            + " has no non-private "
            + member
            + " that its generated structure"
            + " names: the class changed after the Relata processor ran; recompile it");
  }

  /**
   * Defines the accessor of {@code entity} with {@code lookup}, which must have full privilege in
   * the entity's package, and returns its one instance: an {@code Accessor<E>}, and also a {@code
   * Supplier<E>} when {@code factory} is set.
   */
  static Object define(
      MethodHandles.Lookup lookup, Class<?> entity, List<Slot> slots, boolean factory) {
    byte[] bytes = bytes(internalName(entity) + "$RelataAccessor", entity, slots, factory);
    try {
      MethodHandles.Lookup hidden = lookup.defineHiddenClass(bytes, true);
      return hidden
          .findConstructor(hidden.lookupClass(), MethodType.methodType(void.class))
          .invoke();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("could not define the accessor of " + entity.getName(), e);
    }
  }

  /** The class file of the accessor {@code className} (internal name) of {@code entity}. */
  static byte[] bytes(String className, Class<?> entity, List<Slot> slots, boolean factory) {
    ClassFileWriter w =
        factory
            ? new ClassFileWriter(className, OBJECT, ACCESSOR, SUPPLIER)
            : new ClassFileWriter(className, OBJECT, ACCESSOR);
    String owner = internalName(entity);
    ConstantPool pool = w.pool();
    int objectInit = pool.methodRef(OBJECT, "<init>", "()V");
    w.method("<init>", "()V", 1, 1)
        .op(Code.ALOAD_0)
        .op(Code.INVOKESPECIAL, objectInit)
        .op(Code.RETURN);
    int noSuchSlot =
        pool.interfaceMethodRef(ACCESSOR, "noSuchSlot", "(I)Ljava/lang/IllegalArgumentException;");
    int entityClass = pool.classRef(owner);

    // As javac compiles a class implementing Accessor<E>: the interface's erased methods are
    // bridges that cast the entity once and call the typed switches, which stay small enough for
    // the JIT to inline at a hot call site.
    String typedGet = "(IL" + owner + ";)Ljava/lang/Object;";
    String typedSet = "(IL" + owner + ";Ljava/lang/Object;)V";
    w.method("get", GET, 3, 3)
        .op(Code.ALOAD_0)
        .op(Code.ILOAD_1)
        .op(Code.ALOAD_2)
        .op(Code.CHECKCAST, entityClass)
        .op(Code.INVOKEVIRTUAL, pool.methodRef(className, "get", typedGet))
        .op(Code.ARETURN);
    w.method("set", SET, 4, 4)
        .op(Code.ALOAD_0)
        .op(Code.ILOAD_1)
        .op(Code.ALOAD_2)
        .op(Code.CHECKCAST, entityClass)
        .op(Code.ALOAD_3)
        .op(Code.INVOKEVIRTUAL, pool.methodRef(className, "set", typedSet))
        .op(Code.RETURN);

    Code get = w.method("get", typedGet, 2, 3);
    switchOver(
        get,
        slots,
        noSuchSlot,
        slot -> {
          get.op(Code.ALOAD_2);
          if (slot.getter() == null) {
            get.op(Code.GETFIELD, pool.fieldRef(owner, slot.name(), descriptor(slot.type())));
          } else {
            get.op(Code.INVOKEVIRTUAL, method(pool, owner, slot.getter()));
          }
          Boxing.box(get, slot.type());
          get.op(Code.ARETURN);
        });

    Code set = w.method("set", typedSet, 3, 4);
    switchOver(
        set,
        slots,
        noSuchSlot,
        slot -> {
          set.op(Code.ALOAD_2).op(Code.ALOAD_3);
          Boxing.unbox(set, slot.type());
          if (slot.setter() == null) {
            set.op(Code.PUTFIELD, pool.fieldRef(owner, slot.name(), descriptor(slot.type())));
          } else {
            set.op(Code.INVOKEVIRTUAL, method(pool, owner, slot.setter()));
            Class<?> result = slot.setter().getReturnType();
            if (result == long.class || result == double.class) {
              set.op(POP2);
            } else if (result != void.class) {
              set.op(POP);
            }
          }
          set.op(Code.RETURN);
        });

    if (factory) {
      w.method("get", "()Ljava/lang/Object;", 2, 1)
          .op(Code.NEW, entityClass)
          .op(Code.DUP)
          .op(Code.INVOKESPECIAL, pool.methodRef(owner, "<init>", "()V"))
          .op(Code.ARETURN);
    }
    return w.toBytes();
  }

  /** What one case of the switch does with its slot. */
  private interface CaseWriter {
    void write(Slot slot);
  }

  /**
   * {@code switch (slot) { case i: ...; default: throw Accessor.noSuchSlot(slot); }}, each case
   * written by {@code writeCase} and ending in a return.
   */
  private static void switchOver(
      Code code, List<Slot> slots, int noSuchSlot, CaseWriter writeCase) {
    if (slots.isEmpty()) {
      code.op(Code.ILOAD_1).op(Code.INVOKESTATIC, noSuchSlot).op(Code.ATHROW);
      return;
    }
    code.op(Code.ILOAD_1);
    Code.Switch table = code.tableswitch(slots.size());
    int[] targets = new int[slots.size()];
    for (int i = 0; i < slots.size(); i++) {
      targets[i] = code.label();
      writeCase.write(slots.get(i));
    }
    int fallback = code.label();
    code.op(Code.ILOAD_1).op(Code.INVOKESTATIC, noSuchSlot).op(Code.ATHROW);
    table.patch(fallback, targets);
  }

  private static int method(ConstantPool pool, String owner, Method m) {
    StringBuilder descriptor = new StringBuilder("(");
    for (Class<?> p : m.getParameterTypes()) {
      descriptor.append(descriptor(p));
    }
    descriptor.append(')').append(descriptor(m.getReturnType()));
    return pool.methodRef(owner, m.getName(), descriptor.toString());
  }

  static String descriptor(Class<?> type) {
    return type.descriptorString();
  }

  static String internalName(Class<?> type) {
    return type.getName().replace('.', '/');
  }

  /** The boxing and unboxing of primitives, and the casts of references. */
  private static final class Boxing {
    private Boxing() {}

    /** Replaces the value of {@code type} on the stack by an Object. */
    static void box(Code code, Class<?> type) {
      if (type.isPrimitive()) {
        String box = internalName(boxOf(type));
        String valueOf = "(" + descriptor(type) + ")L" + box + ";";
        code.op(Code.INVOKESTATIC, code.pool().methodRef(box, "valueOf", valueOf));
      }
    }

    /**
     * Replaces the Object on the stack by a value of {@code type}: a checkcast, then for a
     * primitive its unboxing (a null then throws NullPointerException, as unboxing does in Java).
     */
    static void unbox(Code code, Class<?> type) {
      if (type.isPrimitive()) {
        String box = internalName(boxOf(type));
        code.op(Code.CHECKCAST, code.pool().classRef(box));
        code.op(
            Code.INVOKEVIRTUAL,
            code.pool().methodRef(box, type.getName() + "Value", "()" + descriptor(type)));
      } else if (type != Object.class) {
        String name = type.isArray() ? descriptor(type) : internalName(type);
        code.op(Code.CHECKCAST, code.pool().classRef(name));
      }
    }

    private static Class<?> boxOf(Class<?> primitive) {
      if (primitive == int.class) {
        return Integer.class;
      } else if (primitive == long.class) {
        return Long.class;
      } else if (primitive == boolean.class) {
        return Boolean.class;
      } else if (primitive == double.class) {
        return Double.class;
      } else if (primitive == float.class) {
        return Float.class;
      } else if (primitive == short.class) {
        return Short.class;
      } else if (primitive == byte.class) {
        return Byte.class;
      } else if (primitive == char.class) {
        return Character.class;
      }
      throw new IllegalArgumentException("not a value type: " + primitive);
    }
  }
}
