package org.relata.runtime.meta.random;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One side of a relationship as application code reaches it, through the generated accessors of the
 * fixture entities, paired with its reference model.
 */
final class LiveSide<O, T> {
  enum Shape {
    LIST,
    SET,
    SCALAR
  }

  final Shape shape;
  final ModelSide<O, T> model;
  final List<O> owners;

  /** Runs before a valid replacement, which loads the collection; a test may follow the load. */
  Consumer<O> beforeReplace = owner -> {};

  private final Function<O, ? extends Collection<T>> live;
  private final BiConsumer<O, Collection<T>> replace;
  private final Function<O, T> get;
  private final BiConsumer<O, T> set;

  private LiveSide(
      Shape shape,
      ModelSide<O, T> model,
      List<O> owners,
      Function<O, ? extends Collection<T>> live,
      BiConsumer<O, Collection<T>> replace,
      Function<O, T> get,
      BiConsumer<O, T> set) {
    this.shape = shape;
    this.model = model;
    this.owners = owners;
    this.live = live;
    this.replace = replace;
    this.get = get;
    this.set = set;
  }

  static <O, T> LiveSide<O, T> list(
      String name,
      List<O> owners,
      Function<O, List<T>> getter,
      BiConsumer<O, Collection<T>> setter) {
    return new LiveSide<>(
        Shape.LIST, new ModelSide<>(name, true), owners, getter, setter, null, null);
  }

  static <O, T> LiveSide<O, T> set(
      String name,
      List<O> owners,
      Function<O, ? extends Collection<T>> getter,
      BiConsumer<O, Collection<T>> setter) {
    return new LiveSide<>(
        Shape.SET, new ModelSide<>(name, true), owners, getter, setter, null, null);
  }

  static <O, T> LiveSide<O, T> scalar(
      String name, List<O> owners, Function<O, T> getter, BiConsumer<O, T> setter) {
    return new LiveSide<>(
        Shape.SCALAR, new ModelSide<>(name, false), owners, null, null, getter, setter);
  }

  /** Makes each side mirror onto the other, as two {@code backPopulates} naming each other do. */
  static <A, B> void pair(LiveSide<A, B> a, LiveSide<B, A> b) {
    a.model.reverse = b.model;
    b.model.reverse = a.model;
  }

  boolean isCollection() {
    return shape != Shape.SCALAR;
  }

  Collection<T> live(O owner) {
    return live.apply(owner);
  }

  @SuppressWarnings("unchecked")
  List<T> liveList(O owner) {
    return (List<T>) live.apply(owner);
  }

  void replace(O owner, Collection<T> values) {
    replace.accept(owner, values);
  }

  T get(O owner) {
    return get.apply(owner);
  }

  void set(O owner, T target) {
    set.accept(owner, target);
  }

  @Override
  public String toString() {
    return model.name;
  }
}
