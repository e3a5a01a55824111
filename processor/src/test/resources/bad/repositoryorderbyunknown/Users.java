package bad.repositoryorderbyunknown;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;
import java.util.List;

@Repository
public interface Users extends BasicRepository<User, Long> {
  @Find
  @OrderBy("nam")
  List<User> byAge(int age);
}
