/**
 * The metamodel and in-memory relationship machinery that generated code builds and calls.
 *
 * <p>Users do not call these types directly: the processor generates an {@code E_} class per entity
 * that describes its table, columns and relationships with them, and an {@code ERelations} base
 * class whose accessors delegate to {@link org.relata.runtime.meta.ScalarRelationship} and {@link
 * org.relata.runtime.meta.CollectionRelationship}. Everything here works without reflection: the
 * generated descriptors read and write fields through lambdas compiled in the entity's own package.
 */
package org.relata.runtime.meta;
