package bad.findparametertypemismatch;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Repository;
import java.util.List;

@Repository
public interface Users extends BasicRepository<User, Long> {
  @Find
  List<User> byAge(String age);
}
