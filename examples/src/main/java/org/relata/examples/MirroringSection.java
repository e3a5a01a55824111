package org.relata.examples;

import java.util.List;
import org.relata.examples.model.Address;
import org.relata.examples.model.Group;
import org.relata.examples.model.Host;
import org.relata.examples.model.HostUser;
import org.relata.examples.model.User;
import org.relata.examples.model.UserProfile;

/**
 * In-memory mirroring: each change through a generated accessor shows up on the other side at once.
 */
final class MirroringSection implements DemoSection {
  @Override
  public String title() {
    return "In memory: both sides of every relationship stay in step, no database involved";
  }

  @Override
  public void run(Narrator n) {
    usersAndAddresses(n);
    hostsUsersAndGroups(n);
  }

  private static void usersAndAddresses(Narrator n) {
    User ed = new User("ed");
    User wendy = new User("wendy");
    Address home = new Address("ed@home");
    Address work = new Address("ed@work");
    n.step("ed.getAddresses().add(home)", () -> ed.getAddresses().add(home));
    n.fact("home.getUser()", home::getUser);
    n.step("work.setUser(ed)", () -> work.setUser(ed));
    n.fact("ed.getAddresses()", ed::getAddresses);
    n.step("wendy.getAddresses().add(home)   // moves it", () -> wendy.getAddresses().add(home));
    n.fact("home.getUser()", home::getUser);
    n.fact("ed.getAddresses()", ed::getAddresses);
    n.fact("wendy.getAddresses()", wendy::getAddresses);
    n.step(
        "ed.setAddresses(List.of(home, work))   // takes home back",
        () -> ed.setAddresses(List.of(home, work)));
    n.fact("wendy.getAddresses()", wendy::getAddresses);
    n.fact("ed.getAddresses()", ed::getAddresses);
    n.step(
        "ed.getAddresses().removeIf(a -> a == work)",
        () -> ed.getAddresses().removeIf(a -> a == work));
    n.fact("work.getUser()", work::getUser);
    n.fact("ed.getAddresses()", ed::getAddresses);
  }

  private static void hostsUsersAndGroups(Narrator n) {
    Host web1 = new Host("web1");
    HostUser alice = new HostUser("alice");
    HostUser bob = new HostUser("bob");
    Group admins = new Group("admins");
    Group staff = new Group("staff");
    UserProfile zsh = new UserProfile("/bin/zsh");
    n.step("alice.getGroups().add(admins)   // many-to-many", () -> alice.getGroups().add(admins));
    n.fact("admins.getMembers()", admins::getMembers);
    n.step(
        "staff.getMembers().addAll(List.of(alice, bob))",
        () -> staff.getMembers().addAll(List.of(alice, bob)));
    n.fact("alice.getGroups()", alice::getGroups);
    n.fact("bob.getGroups()", bob::getGroups);
    n.step("admins.getMembers().remove(alice)", () -> admins.getMembers().remove(alice));
    n.fact("alice.getGroups()", alice::getGroups);
    n.step(
        "web1.getUsers().add(alice)   // Host declares @Backref(\"host\")",
        () -> web1.getUsers().add(alice));
    n.fact("alice.getHost()   // generated", alice::getHost);
    n.step("bob.setHost(web1)", () -> bob.setHost(web1));
    n.fact("web1.getUsers()", web1::getUsers);
    n.step("zsh.setUser(alice)   // @Backref(uselist = false)", () -> zsh.setUser(alice));
    n.fact("alice.getProfile()   // generated", alice::getProfile);
    n.step("bob.setProfile(zsh)   // one-to-one: alice loses it", () -> bob.setProfile(zsh));
    n.fact("alice.getProfile()", alice::getProfile);
    n.fact("zsh.getUser()", zsh::getUser);
  }
}
