package org.relata.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The compiler's Messager, made safe to place a diagnostic on an annotation: ecj 3.46 throws a
 * NullPointerException when it searches a field's annotations and one of them holds an empty array,
 * such as {@code cascade = {}}. The diagnostic then goes on the element alone, and failing that on
 * no element, so that one placement never costs the user the message, nor the rest.
 */
final class ResilientMessager implements Messager {
  private final Messager delegate;

  ResilientMessager(Messager delegate) {
    this.delegate = delegate;
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
    delegate.printMessage(kind, msg);
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
    try {
      delegate.printMessage(kind, msg, e);
    } catch (RuntimeException placementFailed) {
      delegate.printMessage(kind, msg);
    }
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
    try {
      delegate.printMessage(kind, msg, e, a);
    } catch (RuntimeException placementFailed) {
      printMessage(kind, msg, e);
    }
  }

  @Override
  public void printMessage(
      Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
    try {
      delegate.printMessage(kind, msg, e, a, v);
    } catch (RuntimeException placementFailed) {
      printMessage(kind, msg, e);
    }
  }
}
