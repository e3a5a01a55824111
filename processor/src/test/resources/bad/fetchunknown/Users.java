package bad.fetchunknown;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Repository;
import java.util.List;
import org.relata.Fetch;

@Repository
public interface Users extends BasicRepository<User, Long> {
  @Find
  @Fetch({"addresses", "adresses"})
  List<User> byName(String name);
}
