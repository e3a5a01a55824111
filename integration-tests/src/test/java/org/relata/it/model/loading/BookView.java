package org.relata.it.model.loading;

/** A book on a shelf: the many-to-one side, loaded with the strategy of its package. */
public interface BookView {
  String title();

  ShelfView getShelf();
}
