package org.relata.it.model.users;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.OnDelete;
import org.relata.Relationship;

/** A user's profile: one-to-one, the profile holds the key. */
@Entity
public class Profile extends ProfileRelations {
  @Id long id;
  String bio;
  boolean visible;

  @ForeignKey(value = User.class, onDelete = OnDelete.CASCADE)
  Long userId;

  @Relationship(backPopulates = "profile")
  User user;

  public Profile() {}

  public Profile(String bio) {
    this.bio = bio;
  }

  @Override
  public String toString() {
    return "Profile(" + bio + ")";
  }
}
