package test.shop;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.OnDelete;
import org.relata.Relationship;

@Entity
public class Address extends AddressRelations {
  @Id long id;
  private String email;
  @ForeignKey(value = User.class, onDelete = OnDelete.CASCADE) Long userId;

  @Relationship(backPopulates = "addresses", lazy = Lazy.JOINED, cascade = {})
  User user;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
