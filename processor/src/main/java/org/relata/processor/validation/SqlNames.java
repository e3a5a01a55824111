package org.relata.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The only SQL text an annotation may contribute: plain identifiers, and {@code orderBy} lists of
 * them with an optional direction. Nothing else can reach a statement, so no value injects SQL.
 */
final class SqlNames {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private SqlNames() {}

  /** Whether {@code name} is letters, digits and underscores, not starting with a digit. */
  static boolean isPlain(String name) {
    return IDENTIFIER.matcher(name).matches();
  }

  /** One {@code orderBy} item: a column, and whether it sorts descending. */
  record OrderItem(String column, boolean descending) {}

  /**
   * The items of an {@code orderBy} list, or the first malformed item as the only element of {@code
   * malformed}, when there is one.
   */
  static List<OrderItem> parseOrderBy(String orderBy, List<String> malformed) {
    List<OrderItem> items = new ArrayList<>();
    for (String part : orderBy.split(",", -1)) {
      String[] words = part.trim().split("\\s+");
      boolean valid = words.length >= 1 && words.length <= 2 && isPlain(words[0]);
      if (valid && words.length == 2) {
        String direction = words[1].toUpperCase(Locale.ROOT);
        valid = direction.equals("ASC") || direction.equals("DESC");
      }
      if (!valid) {
        malformed.add(part.trim());
        return List.of();
      }
      items.add(new OrderItem(words[0], words.length == 2 && words[1].equalsIgnoreCase("DESC")));
    }
    return items;
  }
}
