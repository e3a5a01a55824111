package bad.lifecycleparameternotentity;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Insert;
import jakarta.data.repository.Repository;
import jakarta.data.repository.Update;

@Repository
public interface Users extends BasicRepository<User, Long> {
  @Insert
  void add(Address address);

  @Update
  void rename(String name);
}
