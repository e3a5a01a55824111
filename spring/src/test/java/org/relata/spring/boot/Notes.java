package org.relata.spring.boot;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The application's own writes, beside Relata's: a row of {@code note}, with jOOQ or JDBC. */
@Component
public class Notes {
  private final DSLContext dsl;
  private final JdbcTemplate jdbc;

  public Notes(DSLContext dsl, JdbcTemplate jdbc) {
    this.dsl = dsl;
    this.jdbc = jdbc;
  }

  public void withJooq(String text) {
    dsl.insertInto(DSL.table("note"), DSL.field("text")).values(text).execute();
  }

  public void withJdbcTemplate(String text) {
    jdbc.update("insert into note (text) values (?)", text);
  }
}
