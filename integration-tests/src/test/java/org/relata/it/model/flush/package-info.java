/**
 * Parents and children for the flush's cascade rules: a one-to-many that cascades {@code ALL}
 * without orphans ({@link org.relata.it.model.flush.Shelf#boxes}), and a one-way one-to-many to a
 * child without relationships of its own, deleted as an orphan when taken off ({@link
 * org.relata.it.model.flush.Shelf#stickers}).
 */
package org.relata.it.model.flush;
