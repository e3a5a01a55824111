package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.orders.Customer;
import org.relata.it.model.orders.Team;
import org.relata.runtime.Session;

/**
 * Multi-row INSERTs stay within PostgreSQL's limit of 32,767 bind values per statement; new links
 * on H2, which go out as JDBC batches, are split the same way, to bound the memory of one batch.
 */
class BatchingTest {
  @ParameterizedTest
  @EnumSource(Backend.class)
  void rowsBeyondTheBindLimitAreSplitIntoStatementsThatEachFit(Backend backend) {
    int n = 17_000; // two columns each: 34,000 binds for the customers and for their links
    try (TestDatabase db = new TestDatabase(backend, Customer.class, Team.class)) {
      try (Session s = db.open()) {
        Team team = new Team(1, "everyone");
        for (int i = 0; i < n; i++) {
          team.getMembers().add(new Customer("c" + i, "n" + i));
        }
        s.add(team);
        s.commit();
      }
      // The team, 2 customer INSERTs, then 2 link INSERTs (on H2, 2 JDBC batches of the same size).
      assertEquals(List.of("INSERT", "INSERT", "INSERT", "INSERT", "INSERT"), db.log.kinds());
      assertEquals(n, db.count("user"));
      assertEquals(n, db.count("member_of"));
    }
  }
}
