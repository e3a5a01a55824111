package org.relata.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure string of an entity as Java source. Normally one constant expression, with each
 * record on a source line of its own, joined with {@code +}. A class file holds a constant string
 * of at most 65,535 bytes, so a structure larger than that (hundreds of columns) is split at record
 * boundaries into constants joined at run time by {@code String.join}, instead of becoming
 * generated code that javac refuses.
 */
final class StructureLiteral {
  /** The most bytes of modified UTF-8 that one constant string may take in a class file. */
  static final int MAX_CONSTANT_BYTES = 65_535;

  private StructureLiteral() {}

  static CodeBlock of(String text) {
    return of(text, MAX_CONSTANT_BYTES);
  }

  static CodeBlock of(String text, int maxBytes) {
    List<String> chunks = chunks(text, maxBytes);
    if (chunks.size() == 1) {
      return CodeBlock.of("$S", text);
    }
    CodeBlock.Builder join = CodeBlock.builder().add("$T.join(\"\"", String.class);
    for (String chunk : chunks) {
      join.add(",\n$S", chunk);
    }
    return join.add(")").build();
  }

  /** Whole records, in order, each run of them under {@code maxBytes}. */
  private static List<String> chunks(String text, int maxBytes) {
    List<String> chunks = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    int bytes = 0;
    for (String record : text.split("(?<=\n)")) {
      int size = modifiedUtf8Length(record);
      if (bytes + size > maxBytes && chunk.length() > 0) {
        chunks.add(chunk.toString());
        chunk.setLength(0);
        bytes = 0;
      }
      chunk.append(record);
      bytes += size;
    }
    chunks.add(chunk.toString());
    return chunks;
  }

  /** The length of {@code s} in the class file's encoding of constant strings. */
  static int modifiedUtf8Length(String s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }
}
