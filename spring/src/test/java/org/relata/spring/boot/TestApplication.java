package org.relata.spring.boot;

import org.relata.spring.TransactionSessions;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The application the Spring tests start: Boot's jOOQ starter, its data source and Relata's. */
@SpringBootApplication
public class TestApplication {
  /** A repository as a bean: each call uses the session of the transaction it runs in. */
  @Bean
  Authors authors(TransactionSessions sessions) {
    return new Authors_(sessions);
  }
}
