package org.relata.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One table of the results: a title, column headers, rows of cells, and notes under it. */
public final class Section {
  private final String title;
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public Section(String title, String... headers) {
    this.title = title;
    this.headers = List.of(headers);
  }

  /** Adds a row; it must have one cell per header. */
  public Section row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "row has "
              + cells.length
              + " cells, table '"
              + title
              + "' has "
              + headers.size()
              + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  /** Adds a line of explanation printed under the table. */
  public Section note(String note) {
    notes.add(note);
    return this;
  }

  public String title() {
    return title;
  }

  public List<String> headers() {
    return headers;
  }

  public List<List<String>> rows() {
    return Collections.unmodifiableList(rows);
  }

  public List<String> notes() {
    return Collections.unmodifiableList(notes);
  }
}
