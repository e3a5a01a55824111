/**
 * The Relata annotation processor. {@link org.relata.processor.RelataProcessor} runs three phases
 * per round: {@code model} builds and resolves an immutable model of the entities, {@code
 * validation} reports every mistake, and {@code codegen} writes the generated sources for what is
 * valid.
 */
package org.relata.processor;
