/**
 * Hand-written stand-ins for what the processor generates ({@code XRelations} and {@code X_}), so
 * that the runtime can be tested without the processor: every cross-class reference sits in a
 * lambda, as in generated code.
 */
package org.relata.runtime.model;
