package uk.gov.safeguarding.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.LocalMeasuresPublished.LocalMeasure;

class LocalMeasuresPublishedContractTest extends EventContract<LocalMeasuresPublished> {

  @Override
  LocalMeasuresPublished example() {
    LocalMeasure feelSafe =
        new LocalMeasure(
            "feel-safe-at-home", "Children who feel safe at home", "q-feel-safe", "outcomes",
            "survey of children in contact with social care", new BigDecimal("84"), new BigDecimal("102"), "percent");
    return new LocalMeasuresPublished(
        LocalMeasuresPublished.SCHEMA_VERSION,
        UUID.fromString("a3e1b2c4-d5f6-4789-8abc-def012345678"),
        Instant.parse("2026-06-11T13:45:30.125Z"),
        "E09000002",
        "301",
        "2025-26",
        3,
        List.of(feelSafe));
  }

  @Test
  void anEmptyListWithdrawingTheMeasuresIsValid() {
    LocalMeasuresPublished e = example();
    LocalMeasuresPublished withdrawal =
        new LocalMeasuresPublished(e.schemaVersion(), e.eventId(), e.occurredAt(), e.laCode(), e.oldLaCode(), e.period(), e.revision() + 1, List.of());

    assertThat(violationsOf(withdrawal)).isEmpty();
  }

  @Test
  void schemaRejectsAMeasureWithoutItsDenominator() {
    assertThat(violationsOnceBroken(event -> ((ObjectNode) event.path("measures").get(0)).putNull("denominator")))
        .anySatisfy(mentioning("denominator"));
  }
}
