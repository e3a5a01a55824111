package org.relata.it.model.loading;

import java.util.List;

/**
 * What the loading tests see of a shelf, whatever strategy its books load with: each strategy
 * package declares the same model with another {@code lazy}.
 */
public interface ShelfView {
  String name();

  List<? extends BookView> getBooks();

  /** Adds a new book, as {@code getBooks().add(new Book(title))} in the concrete model. */
  BookView addBook(String title);
}
