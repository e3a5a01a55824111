/**
 * The processor's diagnostics: the {@link org.relata.processor.diagnostics.Message} catalogue,
 * where every message has a stable {@code [Relata/Id]} tag, and the {@link
 * org.relata.processor.diagnostics.Reporter} that places each one on the annotation value at fault.
 */
package org.relata.processor.diagnostics;
