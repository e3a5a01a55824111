/**
 * One small model declared three times, in {@code select}, {@code joined} and {@code selectin},
 * which differ only in the {@code lazy} of their relationships; the loading tests run the same
 * checks on each through these views.
 */
package org.relata.it.model.loading;
