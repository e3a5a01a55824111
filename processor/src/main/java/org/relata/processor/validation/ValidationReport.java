package org.relata.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.relata.processor.diagnostics.Location;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.diagnostics.Reporter;

/**
 * The immutable outcome of validating a model: every diagnostic, each with its catalogue message
 * and the location of the value at fault.
 *
 * <p>Validators only build reports; the processor prints them and generates code only for what
 * carries no error, so validation and generation never mix.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Item> items;

  private ValidationReport(List<Item> items) {
    this.items = List.copyOf(items);
  }

  /** A report without diagnostics. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every diagnostic, in the order it was added. */
  public List<Item> items() {
    return items;
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    return items.stream().anyMatch(i -> i.kind() == Diagnostic.Kind.ERROR);
  }

  /** The elements that carry an error. */
  public List<Element> errorElements() {
    List<Element> out = new ArrayList<>();
    for (Item i : items) {
      if (i.kind() == Diagnostic.Kind.ERROR && i.location() != null) {
        out.add(i.location().element());
      }
    }
    return out;
  }

  /** Prints every diagnostic through {@code reporter}. */
  public void printTo(Reporter reporter) {
    for (Item i : items) {
      reporter.report(i.kind(), i.message(), i.location(), i.args().toArray());
    }
  }

  /** Prints every diagnostic through a fresh {@link Reporter} on {@code messager}. */
  public void printTo(Messager messager) {
    printTo(new Reporter(messager));
  }

  /**
   * One diagnostic.
   *
   * @param kind the kind it is printed with: the message's own, or one an option chose
   * @param location where it is printed; null for the whole compilation
   * @param args the arguments of the message's format
   */
  public record Item(Message message, Diagnostic.Kind kind, Location location, List<Object> args) {
    public Item {
      args = List.copyOf(args);
    }

    /** The text as printed, with its tag. */
    public String text() {
      return message.format(args.toArray());
    }
  }

  /** Collects diagnostics in order. */
  public static final class Builder {
    private final List<Item> items = new ArrayList<>();

    /** Adds {@code message} with its own kind. */
    public Builder add(Message message, Location location, Object... args) {
      return add(message.kind(), message, location, args);
    }

    /** Adds {@code message} with {@code kind}, for messages whose strictness is an option. */
    public Builder add(Diagnostic.Kind kind, Message message, Location location, Object... args) {
      items.add(new Item(message, kind, location, List.of(args)));
      return this;
    }

    public Builder addAll(ValidationReport other) {
      items.addAll(other.items);
      return this;
    }

    public ValidationReport build() {
      return items.isEmpty() ? EMPTY : new ValidationReport(items);
    }
  }
}
