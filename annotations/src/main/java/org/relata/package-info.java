/**
 * The annotations that map domain classes to tables and declare the relationships between them.
 *
 * <p>Put {@link org.relata.Entity} on a class, mark its key with {@link org.relata.Id}, reference
 * other entities with {@link org.relata.ForeignKey}, and declare object links with {@link
 * org.relata.Relationship}, optionally generating the reverse side with {@link org.relata.Backref}.
 * The Relata annotation processor checks every relationship at compile time and generates the
 * {@code XRelations} base class and the {@code X_} metamodel of each entity.
 */
package org.relata;
