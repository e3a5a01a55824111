/**
 * The codegen phase: writes each entity's {@code XRelations} base class with palantir JavaPoet, its
 * structure inside as a string constant, and the structure resource of each association table; the
 * runtime reads both.
 */
package org.relata.processor.codegen;
