package org.relata.processor.validation;

import java.util.Collection;
import java.util.Locale;

/** Finds the name a user probably meant, by edit distance, for "did you mean" hints. */
final class Suggestions {
  private Suggestions() {}

  /**
   * {@code " Did you mean \"x\"?"} for the candidate closest to {@code written}, or the empty
   * string when none is close enough to be a plausible typo.
   */
  static String didYouMean(String written, Collection<String> candidates) {
    String best = closest(written, candidates);
    return best == null ? "" : " Did you mean \"" + best + "\"?";
  }

  /** The candidate closest to {@code written}, or null when none is within a typo's reach. */
  static String closest(String written, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(written)) {
        continue;
      }
      int d = distance(written.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    // A third of the length, at least 2: "adresses" finds "addresses", "x" finds nothing far.
    int reach = Math.max(2, written.length() / 3);
    return bestDistance <= reach ? best : null;
  }

  /** The optimal-string-alignment distance: edits, with a swap of neighbours counting as one. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
