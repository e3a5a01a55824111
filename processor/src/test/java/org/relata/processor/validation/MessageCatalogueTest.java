package org.relata.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.testing.Fixture;

/** Every message has a stable, unique id and a negative fixture of its own. */
class MessageCatalogueTest {
  /** Messages about options or the processor itself, which no model fixture can show. */
  private static final Set<Message> WITHOUT_MODEL_FIXTURE =
      EnumSet.of(
          Message.BACKREF_LEGACY, // shown by good/backref
          Message.BACKREF_OPTION_INVALID,
          Message.INTERNAL_ERROR);

  @Test
  void idsAreUniqueAndTagged() {
    Set<String> ids = new HashSet<>();
    for (Message message : Message.values()) {
      assertThat(ids.add(message.id())).isTrue();
      assertThat(message.id()).matches("[A-Z][A-Za-z]+");
      assertThat(message.tag()).isEqualTo("[Relata/" + message.id() + "]");
      assertThat(message.name().replace("_", "")).isEqualTo(message.id().toUpperCase(Locale.ROOT));
    }
  }

  @Test
  void everyModelMessageHasABadFixture() {
    for (Message message : Message.values()) {
      if (!WITHOUT_MODEL_FIXTURE.contains(message)) {
        String folder = "bad/" + message.id().toLowerCase(Locale.ROOT);
        assertWithMessage("fixture folder for %s", message).that(Fixture.exists(folder)).isTrue();
      }
    }
  }
}
