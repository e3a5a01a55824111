/**
 * The codegen phase: writes each entity's {@code XRelations} base class and {@code X_} metamodel,
 * and each association table's metamodel, with palantir JavaPoet.
 */
package org.relata.processor.codegen;
