package org.relata.processor.codegen;

import javax.annotation.processing.ProcessingEnvironment;
import org.relata.processor.RelataProcessor;

/** {@code @Generated} on every generated class, where the platform has it. */
final class GeneratedAnnotation {
  static final String PACKAGE = "javax.annotation.processing";

  /** The annotation's value: the processor that wrote the class. */
  static final String VALUE = RelataProcessor.class.getName();

  private GeneratedAnnotation() {}

  /**
   * Whether the annotation exists: older platforms lack it, and generated code must compile there.
   */
  static boolean available(ProcessingEnvironment env) {
    return env.getElementUtils().getTypeElement(PACKAGE + ".Generated") != null;
  }
}
