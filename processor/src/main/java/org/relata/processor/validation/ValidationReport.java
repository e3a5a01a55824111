package org.relata.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The immutable outcome of validating a model: every diagnostic, each placed on an element and,
 * where known, on the annotation and the value at fault.
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
    for (Item i : items) {
      if (i.kind() == Diagnostic.Kind.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** The elements that carry an error. */
  public List<Element> errorElements() {
    List<Element> out = new ArrayList<>();
    for (Item i : items) {
      if (i.kind() == Diagnostic.Kind.ERROR && i.element() != null) {
        out.add(i.element());
      }
    }
    return out;
  }

  /** Prints every diagnostic through {@code messager}, pinned as precisely as it is known. */
  public void printTo(Messager messager) {
    for (Item i : items) {
      if (i.element() == null) {
        messager.printMessage(i.kind(), i.message());
      } else if (i.annotation() == null) {
        messager.printMessage(i.kind(), i.message(), i.element());
      } else if (i.value() == null) {
        messager.printMessage(i.kind(), i.message(), i.element(), i.annotation());
      } else {
        messager.printMessage(i.kind(), i.message(), i.element(), i.annotation(), i.value());
      }
    }
  }

  /**
   * One diagnostic.
   *
   * @param element where it is reported; null for the whole compilation
   * @param annotation the annotation at fault on {@code element}, or null
   * @param value the attribute value at fault in {@code annotation}, or null
   */
  public record Item(
      Diagnostic.Kind kind,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      String message) {}

  /** Collects diagnostics in order. */
  public static final class Builder {
    private final List<Item> items = new ArrayList<>();

    public Builder add(Item item) {
      items.add(item);
      return this;
    }

    public Builder add(
        Diagnostic.Kind kind, Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
      return add(new Item(kind, element, annotation, value, message));
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
