/**
 * The codegen phase: writes each entity's {@code XRelations} base class with palantir JavaPoet, and
 * the structure resource of each entity and association table, which the runtime reads.
 */
package org.relata.processor.codegen;
