package bad.findparameterunknown;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.By;
import jakarta.data.repository.Find;
import jakarta.data.repository.Repository;
import java.util.List;

@Repository
public interface Users extends BasicRepository<User, Long> {
  @Find
  List<User> byNmae(String nmae);

  @Find
  List<User> byOwner(@By("owner") String owner);
}
