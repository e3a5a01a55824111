/**
 * The codegen phase: writes each entity's {@code XRelations} base class as text ({@link
 * org.relata.processor.codegen.SourceText}), its structure inside as a string constant, the
 * structure resource of each association table, and each repository's implementation with palantir
 * JavaPoet; the runtime reads the structures.
 */
package org.relata.processor.codegen;
