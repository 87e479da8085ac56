package uk.gov.safeguarding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataSetReleasedContractTest extends EventContract<DataSetReleased> {

  @Override
  DataSetReleased example() {
    return new DataSetReleased(
        DataSetReleased.SCHEMA_VERSION,
        UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
        Instant.parse("2026-07-01T09:30:00Z"),
        "children-in-need-indicators",
        "2025.1",
        "WITHDRAWN",
        "A source return was corrected",
        "http://localhost:8084/v1/data-sets/children-in-need-indicators/versions/2025.1/csv",
        "http://localhost:8084/v1/data-sets/children-in-need-indicators/versions/2025.1/json");
  }

  @Test
  void aPublicationWithoutAReasonIsValid() {
    DataSetReleased e = example();
    DataSetReleased published =
        new DataSetReleased(e.schemaVersion(), e.eventId(), e.occurredAt(), e.dataSetId(), e.version(), "PUBLISHED", null, e.csvUrl(), e.jsonUrl());

    assertThat(violationsOf(published)).isEmpty();
  }

  @Test
  void schemaRejectsAStatusOutsidePublishedDeprecatedAndWithdrawn() {
    assertThat(violationsOnceBroken(event -> event.put("status", "Draft"))).anySatisfy(mentioning("status"));
  }
}
