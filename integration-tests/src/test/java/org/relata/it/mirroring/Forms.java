package org.relata.it.mirroring;

import java.util.Collection;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.relata.it.model.legacy.Article;
import org.relata.it.model.legacy.Owner;
import org.relata.it.model.legacy.Passport;
import org.relata.it.model.legacy.Person;
import org.relata.it.model.legacy.Pet;
import org.relata.it.model.legacy.Tag;
import org.relata.it.model.m2m.Course;
import org.relata.it.model.m2m.Parent;
import org.relata.it.model.m2m.Student;
import org.relata.it.model.m2m.child.Child;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;

/**
 * The relationship pairs that the randomized tests drive, each through its public accessors only.
 */
final class Forms {
  private Forms() {}

  /** A collection side {@code many} on A mirrored by a scalar {@code one} on B (one-to-many). */
  record OneToMany<A, B>(
      String name,
      Supplier<A> newOwner,
      Supplier<B> newChild,
      Function<A, Collection<B>> many,
      BiConsumer<A, Collection<B>> setMany,
      Function<B, A> one,
      BiConsumer<B, A> setOne) {}

  /** Two scalar sides that mirror each other (one-to-one). */
  record OneToOne<A, B>(
      String name,
      Supplier<A> newA,
      Supplier<B> newB,
      Function<A, B> ab,
      BiConsumer<A, B> setAb,
      Function<B, A> ba,
      BiConsumer<B, A> setBa) {}

  /** Two collection sides that mirror each other (many-to-many). */
  record ManyToMany<A, B>(
      String name,
      Supplier<A> newA,
      Supplier<B> newB,
      Function<A, Collection<B>> ab,
      BiConsumer<A, Collection<B>> setAb,
      Function<B, Collection<A>> ba,
      BiConsumer<B, Collection<A>> setBa) {}

  static OneToMany<User, Address> usersAndAddresses() {
    return new OneToMany<>(
        "User.addresses <-> Address.user (backPopulates)",
        () -> new User("u"),
        () -> new Address("a"),
        User::getAddresses,
        User::setAddresses,
        Address::getUser,
        Address::setUser);
  }

  static OneToMany<Owner, Pet> ownersAndPets() {
    return new OneToMany<>(
        "Owner.pets <-> Pet.owner (@Backref)",
        () -> new Owner("o"),
        () -> new Pet("p"),
        Owner::getPets,
        Owner::setPets,
        Pet::getOwner,
        Pet::setOwner);
  }

  static OneToOne<User, Profile> usersAndProfiles() {
    return new OneToOne<>(
        "User.profile <-> Profile.user (backPopulates)",
        () -> new User("u"),
        () -> new Profile("p"),
        User::getProfile,
        User::setProfile,
        Profile::getUser,
        Profile::setUser);
  }

  static OneToOne<Person, Passport> peopleAndPassports() {
    return new OneToOne<>(
        "Person.passport <-> Passport.person (@Backref uselist=false)",
        () -> new Person("p"),
        () -> new Passport("x"),
        Person::getPassport,
        Person::setPassport,
        Passport::getPerson,
        Passport::setPerson);
  }

  static ManyToMany<Parent, Child> parentsAndChildren() {
    return new ManyToMany<>(
        "Parent.children (List) <-> Child.parents (Set), backPopulates",
        () -> new Parent("p"),
        () -> new Child("c"),
        Parent::getChildren,
        Parent::setChildren,
        Child::getParents,
        Child::setParents);
  }

  static ManyToMany<Article, Tag> articlesAndTags() {
    return new ManyToMany<>(
        "Article.tags (Collection) <-> Tag.articles (List), @Backref",
        () -> new Article("a"),
        () -> new Tag("t"),
        Article::getTags,
        Article::setTags,
        Tag::getArticles,
        Tag::setArticles);
  }

  static ManyToMany<Student, Course> studentsAndCourses() {
    return new ManyToMany<>(
        "Student.courses (Collection) <-> Course.students (List), backPopulates",
        () -> new Student("s"),
        () -> new Course("c"),
        Student::getCourses,
        Student::setCourses,
        Course::getStudents,
        Course::setStudents);
  }
}
