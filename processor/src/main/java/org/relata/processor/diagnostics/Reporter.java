package org.relata.processor.diagnostics;

import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * The one facade through which the processor prints diagnostics.
 *
 * <p>It places each message on the element, annotation and value of its {@link Location}, and
 * remembers whether any error was printed, so that the processor can stay quiet about follow-on
 * problems (such as types it could not resolve) once the user already has something to fix.
 */
public final class Reporter {
  private final Messager messager;
  private boolean errorRaised;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Prints {@code message} with its own kind. */
  public void report(Message message, Location where, Object... args) {
    report(message.kind(), message, where, args);
  }

  /** Prints {@code message} with {@code kind}, for messages whose strictness is configurable. */
  public void report(Diagnostic.Kind kind, Message message, Location where, Object... args) {
    String text = message.format(args);
    if (kind == Diagnostic.Kind.ERROR) {
      errorRaised = true;
    }
    if (where == null) {
      messager.printMessage(kind, text);
    } else if (where.annotation() == null) {
      messager.printMessage(kind, text, where.element());
    } else if (where.value() == null) {
      messager.printMessage(kind, text, where.element(), where.annotation());
    } else {
      messager.printMessage(kind, text, where.element(), where.annotation(), where.value());
    }
  }

  /** Whether any error has been printed through this reporter. */
  public boolean errorRaised() {
    return errorRaised;
  }
}
