/**
 * Two entities and a link table written by hand the way the processor generates them (an {@code
 * ERelations} class whose first constant calls {@code EntityType.bootstrap} with the entity's
 * structure) and the link table's hand-written resource under {@code META-INF/relata}, to test the
 * bootstrap itself. Everything else tests on processor-generated metamodels.
 */
package org.relata.runtime.meta.bootstrap;
