package org.relata.it.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jooq.Field;
import org.junit.jupiter.params.provider.Arguments;
import org.relata.it.model.loading.BookView;
import org.relata.it.model.loading.FolderView;
import org.relata.it.model.loading.LabelView;
import org.relata.it.model.loading.ShelfView;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/**
 * The loading model of one strategy package ({@code org.relata.it.model.loading.select}, {@code
 * .joined} or {@code .selectin}), with factories that the tests can call whatever the package.
 */
enum Strategy {
  SELECT,
  JOINED,
  SELECTIN;

  final Class<? extends ShelfView> shelf = entity("Shelf", ShelfView.class);
  final Class<? extends BookView> book = entity("Book", BookView.class);
  final Class<? extends FolderView> folder = entity("Folder", FolderView.class);
  final Class<? extends LabelView> label = entity("Label", LabelView.class);

  private <T> Class<? extends T> entity(String simpleName, Class<T> view) {
    String name =
        "org.relata.it.model.loading." + name().toLowerCase(Locale.ROOT) + "." + simpleName;
    try {
      return Class.forName(name).asSubclass(view);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The loading model lacks " + name, e);
    }
  }

  /** Every entity class of the package, for {@link TestDatabase}. */
  Class<?>[] model() {
    return new Class<?>[] {shelf, book, folder, label, entity("Note", Object.class)};
  }

  ShelfView shelf(String name) {
    return create(shelf, name);
  }

  FolderView folder(String name) {
    return create(folder, name);
  }

  LabelView label(String name) {
    return create(label, name);
  }

  /** A new entity through its metamodel, with its {@code name} column set. */
  private static <T> T create(Class<T> type, String name) {
    T entity = EntityType.of(type).newInstance();
    EntityFields.set(entity, "name", name);
    return entity;
  }

  /** The generated {@code E_} field of {@code type}'s Java field {@code name}. */
  @SuppressWarnings("unchecked")
  static <T> Field<T> field(Class<?> type, String name) {
    for (Attribute<?, ?> a : EntityType.of(type).attributes()) {
      if (a.name().equals(name)) {
        return (Field<T>) a.field();
      }
    }
    throw new IllegalArgumentException(type + " has no column field " + name);
  }

  /** Every backend with every strategy. */
  static Stream<Arguments> everywhere() {
    List<Arguments> all = new ArrayList<>();
    for (Backend b : Backend.values()) {
      for (Strategy s : values()) {
        all.add(Arguments.of(b, s));
      }
    }
    return all.stream();
  }
}
