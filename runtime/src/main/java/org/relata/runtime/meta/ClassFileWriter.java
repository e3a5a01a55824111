package org.relata.runtime.meta;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small writer of Java class files, version 52 (Java 8), with just what {@link AccessorClass}
 * needs: a constant pool, public methods, and code whose branch targets all share the method's
 * initial frame, so that the verifier's stack map is a list of {@code same_frame}s.
 *
 * <p>The format is the Java Virtual Machine Specification's, chapter 4; nothing here depends on a
 * bytecode library or on JDK internals.
 */
final class ClassFileWriter {
  static final int ACC_PUBLIC = 0x0001;
  static final int ACC_FINAL = 0x0010;
  static final int ACC_SUPER = 0x0020;

  private static final int MAGIC = 0xCAFEBABE;
  private static final int MAJOR_VERSION = 52;

  private final ConstantPool pool = new ConstantPool();
  private final int thisClass;
  private final int superClass;
  private final int[] interfaces;
  private final List<Code> methods = new ArrayList<>();

  /** A final class {@code name} (internal form, {@code a/b/C}) extending {@code superName}. */
  ClassFileWriter(String name, String superName, String... interfaceNames) {
    thisClass = pool.classRef(name);
    superClass = pool.classRef(superName);
    interfaces = new int[interfaceNames.length];
    for (int i = 0; i < interfaceNames.length; i++) {
      interfaces[i] = pool.classRef(interfaceNames[i]);
    }
  }

  ConstantPool pool() {
    return pool;
  }

  /** Starts a public method; fill in its code through the returned {@link Code}. */
  Code method(String name, String descriptor, int maxStack, int maxLocals) {
    Code code = new Code(pool, pool.utf8(name), pool.utf8(descriptor), maxStack, maxLocals);
    methods.add(code);
    return code;
  }

  /** The class file. */
  byte[] toBytes() {
    int codeName = pool.utf8("Code");
    int stackMapName = methods.stream().anyMatch(Code::hasFrames) ? pool.utf8("StackMapTable") : 0;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeShort(0);
      out.writeShort(MAJOR_VERSION);
      pool.writeTo(out);
      out.writeShort(ACC_PUBLIC | ACC_FINAL | ACC_SUPER);
      out.writeShort(thisClass);
      out.writeShort(superClass);
      out.writeShort(interfaces.length);
      for (int i : interfaces) {
        out.writeShort(i);
      }
      out.writeShort(0); // fields
      out.writeShort(methods.size());
      for (Code m : methods) {
        m.writeTo(out, codeName, stackMapName);
      }
      out.writeShort(0); // class attributes
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  /** The constant pool: each constant written once, numbered from 1 in order of first use. */
  static final class ConstantPool {
    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int FIELD_REF = 9;
    private static final int METHOD_REF = 10;
    private static final int INTERFACE_METHOD_REF = 11;
    private static final int NAME_AND_TYPE = 12;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // Unbuffered: its writeUTF and the plain writes to bytes interleave in order.
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final Map<String, Integer> indexes = new HashMap<>();
    private int count = 1;

    int utf8(String s) {
      Integer known = indexes.get("U" + s);
      if (known != null) {
        return known;
      }
      try {
        out.writeByte(UTF8);
        out.writeUTF(s); // the class file's modified UTF-8, as DataOutput writes it
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return remember("U" + s);
    }

    /** A class, by internal name ({@code a/b/C}) or array descriptor. */
    int classRef(String internalName) {
      return entry(CLASS, utf8(internalName), -1, "C" + internalName);
    }

    int fieldRef(String owner, String name, String descriptor) {
      return member(FIELD_REF, owner, name, descriptor);
    }

    int methodRef(String owner, String name, String descriptor) {
      return member(METHOD_REF, owner, name, descriptor);
    }

    int interfaceMethodRef(String owner, String name, String descriptor) {
      return member(INTERFACE_METHOD_REF, owner, name, descriptor);
    }

    private int member(int tag, String owner, String name, String descriptor) {
      int nameAndType =
          entry(NAME_AND_TYPE, utf8(name), utf8(descriptor), "N" + name + ":" + descriptor);
      return entry(tag, classRef(owner), nameAndType, tag + owner + "." + name + ":" + descriptor);
    }

    /** An entry of one or two u2 indexes ({@code second} < 0 for one). */
    private int entry(int tag, int first, int second, String key) {
      Integer known = indexes.get(key);
      if (known != null) {
        return known;
      }
      bytes.write(tag);
      writeShort(first);
      if (second >= 0) {
        writeShort(second);
      }
      return remember(key);
    }

    private void writeShort(int value) {
      bytes.write(value >>> 8);
      bytes.write(value);
    }

    private int remember(String key) {
      if (count > 0xFFFF) {
        throw new IllegalStateException("constant pool overflow");
      }
      indexes.put(key, count);
      return count++;
    }

    void writeTo(DataOutputStream target) throws IOException {
      target.writeShort(count);
      bytes.writeTo(target);
    }
  }

  /**
   * The code of one method. Each {@link #label} marks a branch target with the method's initial
   * frame (locals as the parameters give them, empty stack).
   */
  static final class Code {
    static final int ILOAD_1 = 0x1b;
    static final int ALOAD_0 = 0x2a;
    static final int ALOAD_2 = 0x2c;
    static final int ALOAD_3 = 0x2d;
    static final int DUP = 0x59;
    static final int TABLESWITCH = 0xaa;
    static final int ARETURN = 0xb0;
    static final int RETURN = 0xb1;
    static final int GETFIELD = 0xb4;
    static final int PUTFIELD = 0xb5;
    static final int INVOKEVIRTUAL = 0xb6;
    static final int INVOKESPECIAL = 0xb7;
    static final int INVOKESTATIC = 0xb8;
    static final int NEW = 0xbb;
    static final int ATHROW = 0xbf;
    static final int CHECKCAST = 0xc0;

    private static final int SAME_FRAME_MAX_DELTA = 63;
    private static final int SAME_FRAME_EXTENDED = 251;

    private final ConstantPool pool;
    private final int name;
    private final int descriptor;
    private final int maxStack;
    private final int maxLocals;
    private byte[] code = new byte[64];
    private int size;

    /** The offsets of the labels, ascending. */
    private final List<Integer> frames = new ArrayList<>();

    private Code(ConstantPool pool, int name, int descriptor, int maxStack, int maxLocals) {
      this.pool = pool;
      this.name = name;
      this.descriptor = descriptor;
      this.maxStack = maxStack;
      this.maxLocals = maxLocals;
    }

    ConstantPool pool() {
      return pool;
    }

    /** Marks the next instruction as a branch target; returns its offset. */
    int label() {
      if (frames.isEmpty() || frames.get(frames.size() - 1) != size) {
        frames.add(size);
      }
      return size;
    }

    /** An instruction without operands. */
    Code op(int opcode) {
      u1(opcode);
      return this;
    }

    /** An instruction with one u2 constant-pool index operand. */
    Code op(int opcode, int index) {
      u1(opcode);
      u2(index);
      return this;
    }

    /**
     * A {@code tableswitch} on the int on the stack over the cases {@code 0..count-1} (count at
     * least 1), whose targets are filled in later by {@link Switch#patch}.
     */
    Switch tableswitch(int count) {
      int at = size;
      u1(TABLESWITCH);
      while (size % 4 != 0) {
        u1(0);
      }
      int jumps = size;
      u4(0); // default
      u4(0); // low
      u4(count - 1); // high
      for (int i = 0; i < count; i++) {
        u4(0);
      }
      return new Switch(at, jumps);
    }

    /** A {@code tableswitch} written with its targets left to fill in. */
    final class Switch {
      private final int at;
      private final int jumps;

      private Switch(int at, int jumps) {
        this.at = at;
        this.jumps = jumps;
      }

      /** Sets the targets: offsets that {@link #label} returned. */
      void patch(int defaultTarget, int[] caseTargets) {
        putU4(jumps, defaultTarget - at);
        for (int i = 0; i < caseTargets.length; i++) {
          putU4(jumps + 12 + 4 * i, caseTargets[i] - at);
        }
      }
    }

    private void u1(int value) {
      if (size == code.length) {
        code = Arrays.copyOf(code, size * 2);
      }
      code[size++] = (byte) value;
    }

    private void u2(int value) {
      u1(value >>> 8);
      u1(value);
    }

    private void u4(int value) {
      u2(value >>> 16);
      u2(value & 0xFFFF);
    }

    private void putU4(int at, int value) {
      code[at] = (byte) (value >>> 24);
      code[at + 1] = (byte) (value >>> 16);
      code[at + 2] = (byte) (value >>> 8);
      code[at + 3] = (byte) value;
    }

    boolean hasFrames() {
      return !frames.isEmpty();
    }

    void writeTo(DataOutputStream out, int codeName, int stackMapName) throws IOException {
      byte[] stackMap = stackMap();
      out.writeShort(ACC_PUBLIC);
      out.writeShort(name);
      out.writeShort(descriptor);
      out.writeShort(1); // attributes: Code
      out.writeShort(codeName);
      int attributes = stackMap == null ? 0 : 6 + stackMap.length;
      out.writeInt(2 + 2 + 4 + size + 2 + 2 + attributes);
      out.writeShort(maxStack);
      out.writeShort(maxLocals);
      out.writeInt(size);
      out.write(code, 0, size);
      out.writeShort(0); // exception table
      if (stackMap == null) {
        out.writeShort(0);
      } else {
        out.writeShort(1);
        out.writeShort(stackMapName);
        out.writeInt(stackMap.length);
        out.write(stackMap);
      }
    }

    /**
     * The StackMapTable's body: a {@code same_frame} per label ({@code same_frame_extended} past an
     * offset delta of 63); null when there is no label.
     */
    private byte[] stackMap() throws IOException {
      if (frames.isEmpty()) {
        return null;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeShort(frames.size());
      int previous = -1;
      for (int offset : frames) {
        int delta = offset - previous - 1;
        if (delta <= SAME_FRAME_MAX_DELTA) {
          out.writeByte(delta);
        } else {
          out.writeByte(SAME_FRAME_EXTENDED);
          out.writeShort(delta);
        }
        previous = offset;
      }
      return bytes.toByteArray();
    }
  }
}
