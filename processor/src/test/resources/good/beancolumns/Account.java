package good.beancolumns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.relata.Entity;
import org.relata.Id;

@Entity
public class Account {
  @Id private UUID id;
  private String owner;
  private boolean active;
  private BigDecimal balance;
  LocalDate opened;
  int version;
  static final String KIND = "account";
  transient String cache;

  public Account() {}

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public BigDecimal getBalance() {
    return balance;
  }

  public void setBalance(BigDecimal balance) {
    this.balance = balance;
  }
}
