package org.relata.examples.model;

import org.relata.Backref;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/**
 * A host user's profile. The backref with {@code uselist = false} gives HostUser a scalar {@code
 * profile}, which makes the pair a one-to-one.
 */
@Entity(table = "user_profile")
public class UserProfile extends UserProfileRelations {
  @Id Long id;
  String shell;

  @ForeignKey(HostUser.class)
  Long userId;

  @Relationship
  @Backref(value = "profile", uselist = false)
  HostUser user;

  protected UserProfile() {}

  public UserProfile(String shell) {
    this.shell = shell;
  }

  @Override
  public String toString() {
    return "UserProfile(" + shell + ")";
  }
}
