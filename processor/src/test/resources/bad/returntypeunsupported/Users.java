package bad.returntypeunsupported;

import jakarta.data.page.Page;
import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Repository;
import java.util.List;
import java.util.Set;

@Repository
public interface Users extends BasicRepository<User, Long> {
  @Find
  Set<User> byName(String name);

  @Find
  List<String> names(int age);

  @Find
  Page<User> page(int age);
}
