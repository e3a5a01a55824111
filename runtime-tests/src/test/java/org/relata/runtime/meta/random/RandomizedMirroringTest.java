package org.relata.runtime.meta.random;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relata.runtime.meta.fixture.addresses.Address;
import org.relata.runtime.meta.fixture.model.Author;
import org.relata.runtime.meta.fixture.model.Book;
import org.relata.runtime.meta.fixture.model.Child;
import org.relata.runtime.meta.fixture.model.Node;
import org.relata.runtime.meta.fixture.model.Parent;
import org.relata.runtime.meta.fixture.model.Passport;
import org.relata.runtime.meta.fixture.model.Person;
import org.relata.runtime.meta.fixture.model.Shelf;
import org.relata.runtime.meta.fixture.users.User;

/**
 * Thousands of random operations under fixed seeds, over several owners and targets, through every
 * mutator; after each one the live state must equal the reference model and the invariants must
 * hold. A failure names the seed, the step and the operations that led to it.
 */
class RandomizedMirroringTest {
  private static final int STEPS = 3_000;

  /** Two sides of one relationship; {@code twoWay} is false when only {@code a} names {@code b}. */
  private record Pair<A, B>(LiveSide<A, B> a, LiveSide<B, A> b, boolean twoWay) {
    void step(RandomOps ops) {
      if (ops.random().nextBoolean()) {
        ops.step(a, b.owners);
      } else {
        ops.step(b, a.owners);
      }
    }

    void verify() {
      if (twoWay) {
        Invariants.verify(a, b);
      } else {
        Invariants.verifyAgainstModel(a, b);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20240601})
  void oneToManyAndManyToOneAcrossPackages(long seed) {
    List<User> users = objects(4, i -> new User("u" + i));
    List<Address> addresses = objects(12, i -> new Address("a" + i + "@x"));
    LiveSide<User, Address> a =
        LiveSide.list("User.addresses", users, User::getAddresses, User::setAddresses);
    LiveSide<Address, User> b =
        LiveSide.scalar("Address.user", addresses, Address::getUser, Address::setUser);
    LiveSide.pair(a, b);
    // Now and then a user arrives whose list the application filled before any accessor ran.
    Consumer<RandomOps> newcomer =
        ops -> {
          List<Address> initial = ops.someTargets(addresses);
          User u = new User("u" + users.size(), initial);
          a.model.initialised(u, initial);
          users.add(u);
        };
    run(seed, List.of(new Pair<>(a, b, true)), newcomer);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20240601})
  void oneToOne(long seed) {
    List<Person> people = objects(5, i -> new Person("p" + i));
    List<Passport> passports = objects(6, i -> new Passport("n" + i));
    LiveSide<Person, Passport> a =
        LiveSide.scalar("Person.passport", people, Person::getPassport, Person::setPassport);
    LiveSide<Passport, Person> b =
        LiveSide.scalar("Passport.holder", passports, Passport::getHolder, Passport::setHolder);
    LiveSide.pair(a, b);
    run(seed, List.of(new Pair<>(a, b, true)), null);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20240601})
  void manyToManyListAndSet(long seed) {
    List<Parent> parents = objects(4, i -> new Parent("p" + i));
    List<Child> children = objects(8, i -> new Child("c" + i));
    LiveSide<Parent, Child> a =
        LiveSide.list("Parent.children", parents, Parent::getChildren, Parent::setChildren);
    LiveSide<Child, Parent> b =
        LiveSide.set("Child.parents", children, Child::getParents, Child::setParents);
    LiveSide.pair(a, b);
    Consumer<RandomOps> newcomer =
        ops -> {
          Set<Parent> initial = new LinkedHashSet<>(ops.someTargets(parents));
          Child c = new Child("c" + children.size(), initial);
          b.model.initialised(c, initial);
          children.add(c);
        };
    run(seed, List.of(new Pair<>(a, b, true)), newcomer);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20240601})
  void selfReferentialAdjacencyListAndManyToMany(long seed) {
    List<Node> nodes = objects(8, i -> new Node("n" + i));
    LiveSide<Node, Node> children =
        LiveSide.list("Node.children", nodes, Node::getChildren, Node::setChildren);
    LiveSide<Node, Node> parent =
        LiveSide.scalar("Node.parent", nodes, Node::getParent, Node::setParent);
    LiveSide.pair(children, parent);
    LiveSide<Node, Node> outgoing =
        LiveSide.list("Node.outgoing", nodes, Node::getOutgoing, Node::setOutgoing);
    LiveSide<Node, Node> incoming =
        LiveSide.set("Node.incoming", nodes, Node::getIncoming, Node::setIncoming);
    LiveSide.pair(outgoing, incoming);
    run(
        seed,
        List.of(new Pair<>(children, parent, true), new Pair<>(outgoing, incoming, true)),
        null);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20240601})
  void backrefCollectionAndOneWay(long seed) {
    List<Shelf> shelves = objects(3, i -> new Shelf("s" + i));
    List<Author> authors = objects(3, i -> new Author("w" + i));
    List<Book> books = objects(9, i -> new Book("b" + i));
    LiveSide<Shelf, Book> shelfBooks =
        LiveSide.set("Shelf.books", shelves, Shelf::getBooks, Shelf::setBooks);
    LiveSide<Book, Shelf> bookShelf =
        LiveSide.scalar("Book.shelf", books, Book::getShelf, Book::setShelf);
    LiveSide.pair(shelfBooks, bookShelf);
    LiveSide<Author, Book> authorBooks =
        LiveSide.list("Author.books", authors, Author::getBooks, Author::setBooks);
    LiveSide<Book, Author> bookAuthor =
        LiveSide.scalar("Book.author", books, Book::getAuthor, Book::setAuthor);
    authorBooks.model.reverse = bookAuthor.model; // Book.author names nothing back
    run(
        seed,
        List.of(
            new Pair<>(shelfBooks, bookShelf, true), new Pair<>(authorBooks, bookAuthor, false)),
        null);
  }

  private static void run(long seed, List<Pair<?, ?>> pairs, Consumer<RandomOps> newcomer) {
    RandomOps ops = new RandomOps(seed);
    for (int step = 0; step < STEPS; step++) {
      try {
        if (newcomer != null && ops.random().nextInt(150) == 0) {
          newcomer.accept(ops);
        }
        ops.pick(pairs).step(ops);
        for (Pair<?, ?> p : pairs) {
          p.verify();
        }
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "seed "
                + seed
                + ", step "
                + step
                + ": "
                + e.getMessage()
                + "\n  after:\n  "
                + ops.recent(),
            e);
      }
    }
  }

  private static <X> List<X> objects(int n, Function<Integer, X> factory) {
    List<X> list = new ArrayList<>();
    IntStream.range(0, n).forEach(i -> list.add(factory.apply(i)));
    return list;
  }
}
