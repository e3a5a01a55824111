package test.repo;

import jakarta.data.repository.Find;
import jakarta.data.repository.Insert;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;
import jakarta.data.repository.Save;
import java.util.List;
import org.jooq.DSLContext;
import org.relata.Fetch;

@Repository
public interface Addresses {
  DSLContext dsl();

  @Find
  @OrderBy(value = "email", ignoreCase = true)
  @Fetch(value = "user", mode = Fetch.Mode.JOINED)
  List<Address> byEmail(String email);

  @Find
  Address[] byUserId(Long userId);

  @Insert
  void add(Address address);

  @Save
  Address[] saveAll(Address... addresses);
}
