package org.relata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.relata.processor.model.Names;

/** The snake_case and constant rules that table, column and constant names follow. */
class NamesTest {
  @Test
  void snakeCase() {
    assertEquals("user_account", Names.snakeCase("UserAccount"));
    assertEquals("user_id", Names.snakeCase("userId"));
    assertEquals("http_server", Names.snakeCase("HTTPServer"));
    assertEquals("left_id", Names.snakeCase("leftId"));
    assertEquals("address2_line", Names.snakeCase("address2Line"));
    assertEquals("already_snake", Names.snakeCase("already_snake"));
  }

  @Test
  void constantsAndAccessors() {
    assertEquals("EMAIL_ADDRESS", Names.constantCase("emailAddress"));
    assertEquals("Addresses", Names.capitalize("addresses"));
  }
}
