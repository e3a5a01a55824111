/**
 * Two entities and a link table written by hand the way the processor generates them (an {@code
 * ERelations} class whose first constant calls {@code EntityType.bootstrap}) with hand-written
 * resources under {@code META-INF/relata}, to test the bootstrap itself. Everything else tests on
 * processor-generated metamodels.
 */
package org.relata.runtime.meta.bootstrap;
