package test.repo;

import jakarta.data.Limit;
import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.repository.By;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.relata.Fetch;
import org.relata.runtime.Session;

@Repository
public interface Users extends CrudRepository<User, Long> {
  Session session();

  @Find
  Optional<User> byName(String name);

  @Find
  @OrderBy("name")
  @OrderBy(value = "id", descending = true)
  @Fetch("addresses")
  List<User> named(@By("name") String userName, int age, Limit limit);

  @Find
  Stream<User> sorted(Sort<User> sort);

  @Find
  Page<User> byAge(int age, PageRequest pageRequest, Order<User> order);

  @Find
  long countByName(String name);

  @Delete
  long deleteByName(String name);

  default List<User> olderThan(int age) {
    return session().select(User.class, User.AGE.gt(age));
  }
}
