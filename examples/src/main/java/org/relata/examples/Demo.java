package org.relata.examples;

import java.util.List;

/**
 * The runnable tour of Relata; it grows with the library. It shows users and addresses, and hosts,
 * host users, groups and profiles in the style of SQLAlchemy's examples. Every printed fact is read
 * from the objects after the step ran.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) {
    Narrator narrator = new Narrator(System.out);
    List<DemoSection> sections =
        List.of(
            new MirroringSection(),
            new DatabaseSection(),
            new PersistenceSection(),
            new LoadingSection(),
            new RepositorySection());
    for (DemoSection section : sections) {
      narrator.section(section.title());
      section.run(narrator);
    }
  }
}
