package bad.repositorymethodunsupported;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;
import java.util.List;

@Repository
public interface Users extends BasicRepository<User, Long> {
  List<User> findByName(String name);

  @Query("where age > :age")
  List<User> older(int age);
}
