package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.keywords.Playlist;
import org.relata.it.model.keywords.Tag;
import org.relata.it.model.keywords.Track;
import org.relata.runtime.Session;

/**
 * Tables named {@code select}, {@code table}, {@code check} and {@code grant}, and columns named
 * {@code from}, {@code order} and {@code default}, work through the whole life of their rows:
 * insert, ordered load, update, orphan delete, link clean-up and cascaded delete. Every statement
 * quotes every name: none of the model's names appears outside double quotes.
 */
class QuotedNamesTest {
  /** The model's names that are not SQL keywords, so that they would show if ever left unquoted. */
  private static final Pattern BARE_NAME =
      Pattern.compile("\\b(id|title|name|playlist_id|track_id|tag_id)\\b");

  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"]|\"\")*\"");

  @ParameterizedTest
  @EnumSource(Backend.class)
  void keywordNamesWorkThroughTheWholeLifeOfARowAndAreAlwaysQuoted(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, Playlist.class, Track.class, Tag.class)) {
      Playlist mix = new Playlist("mix");
      Tag loud = new Tag("loud");
      Tag calm = new Tag("calm");
      for (int i = 1; i <= 3; i++) {
        Track t = new Track("t" + i, i);
        mix.getTracks().add(t);
        t.getTags().add(i == 2 ? calm : loud);
      }
      try (Session s = db.open()) {
        s.add(mix);
        s.commit();
      }
      try (Session s = db.open()) {
        Playlist loaded = s.get(Playlist.class, Ids.of(mix));
        assertEquals(
            List.of("t3", "t2", "t1"),
            titles(loaded),
            "ordered by the column named order, descending");
        EntityFields.set(loaded.getTracks().get(2), "order", 9);
        loaded.getTracks().remove(1);
        s.delete(s.get(Tag.class, Ids.of(loud)));
        s.commit();
      }
      try (Session s = db.open()) {
        Playlist loaded = s.get(Playlist.class, Ids.of(mix));
        assertEquals(List.of("t1", "t3"), titles(loaded));
        s.delete(loaded);
        s.commit();
      }
      assertEquals(List.of(List.of("calm")), db.rows("select \"default\" from \"check\""));
      assertEquals(0, db.count("select") + db.count("table") + db.count("grant"));

      List<String> statements = db.log.statements();
      assertTrue(statements.size() >= 10, statements.toString());
      for (String sql : statements) {
        String outsideQuotes = QUOTED.matcher(sql).replaceAll("\"\"").toLowerCase(Locale.ROOT);
        assertFalse(BARE_NAME.matcher(outsideQuotes).find(), "an unquoted name in: " + sql);
      }
      String all = String.join("\n", statements);
      for (String keyword :
          List.of("select", "table", "check", "grant", "from", "order", "default")) {
        assertTrue(all.contains("\"" + keyword + "\""), keyword + " is used, quoted");
      }
    }
  }

  private static List<String> titles(Playlist playlist) {
    List<String> titles = new ArrayList<>();
    for (Track t : playlist.getTracks()) {
      titles.add(t.getTitle());
    }
    return titles;
  }
}
