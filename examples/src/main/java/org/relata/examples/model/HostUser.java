package org.relata.examples.model;

import java.util.Set;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.Relationship;

/**
 * A login on a host. Its groups are a many-to-many through {@link UserGroup}, loaded for a whole
 * batch of users at once ({@code Lazy.SELECTIN}); {@code getHost()} and {@code getProfile()} are
 * generated from backrefs declared on Host and UserProfile.
 */
@Entity(table = "host_user")
public class HostUser extends HostUserRelations {
  @Id Long id;
  String username;

  @ForeignKey(Host.class)
  Long hostId;

  @Relationship(
      secondary = UserGroup.class,
      backPopulates = "members",
      lazy = Lazy.SELECTIN,
      orderBy = "name")
  Set<Group> groups;

  protected HostUser() {}

  public HostUser(String username) {
    this.username = username;
  }

  @Override
  public String toString() {
    return "HostUser(" + username + ")";
  }
}
