package org.relata.processor.codegen;

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

  /**
   * Appends the Java expression for {@code text}, each record on a line of its own, starting on a
   * new line indented for an argument.
   */
  static void append(SourceText source, StringBuilder out, String text) {
    append(source, out, text, MAX_CONSTANT_BYTES);
  }

  static void append(SourceText source, StringBuilder out, String text, int maxBytes) {
    List<String> chunks = chunks(text, maxBytes);
    if (chunks.size() == 1) {
      literal(out, text, "      ");
      return;
    }
    out.append("      ").append(source.name("java.lang", "String")).append(".join(\"\"");
    for (String chunk : chunks) {
      out.append(",\n");
      literal(out, chunk, "          ");
    }
    out.append(')');
  }

  /** {@code text} as string literals of one record each, joined with {@code +}. */
  private static void literal(StringBuilder out, String text, String indent) {
    String[] records = text.split("(?<=\n)");
    for (int i = 0; i < records.length; i++) {
      out.append(i == 0 ? indent : "\n" + indent + "    + ").append(SourceText.literal(records[i]));
    }
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
