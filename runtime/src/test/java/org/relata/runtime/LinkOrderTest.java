package org.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.relata.runtime.LinkWriter.LinkRow;

/**
 * Links are written in key order, so that two transactions that write overlapping links lock them
 * in the same order; the packed sort of numeric ids must give exactly the comparator's order.
 */
class LinkOrderTest {
  @Test
  void packedSortOfLongIdsGivesTheComparatorsOrder() {
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      List<LinkRow> rows = new ArrayList<>();
      int n = 1 + random.nextInt(2_000);
      for (int i = 0; i < n; i++) {
        long bound = round % 2 == 0 ? 50 : Integer.MAX_VALUE + 1L; // many ties, then the full range
        rows.add(
            new LinkRow(
                (long) (random.nextDouble() * bound), (long) (random.nextDouble() * bound)));
      }
      List<LinkRow> expected = new ArrayList<>(rows);
      expected.sort(LinkRow.ORDER);
      assertEquals(expected, LinkWriter.inKeyOrder(new ArrayList<>(rows), true), "round " + round);
    }
  }

  @Test
  void onlyNonNegativeLongsThatFitIn31BitsArePacked() {
    assertTrue(LinkWriter.isPackable(0L));
    assertTrue(LinkWriter.isPackable((long) Integer.MAX_VALUE));
    assertFalse(LinkWriter.isPackable(Integer.MAX_VALUE + 1L));
    assertFalse(LinkWriter.isPackable(-1L));
    assertFalse(LinkWriter.isPackable(5)); // an Integer: its rows must keep their own key type
    assertFalse(LinkWriter.isPackable("5"));
  }

  @Test
  void otherKeysAreSortedByTheComparator() {
    List<LinkRow> rows =
        new ArrayList<>(
            List.of(new LinkRow("b", 1L), new LinkRow("a", 9_000_000_000L), new LinkRow("a", 2L)));
    assertEquals(
        List.of(new LinkRow("a", 2L), new LinkRow("a", 9_000_000_000L), new LinkRow("b", 1L)),
        LinkWriter.inKeyOrder(rows, false));
  }
}
