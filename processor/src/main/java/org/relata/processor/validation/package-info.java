/**
 * The validation phase: checks the resolved model and reports every mistake on the annotation value
 * at fault, through one {@link org.relata.processor.validation.ValidationReport}.
 */
package org.relata.processor.validation;
