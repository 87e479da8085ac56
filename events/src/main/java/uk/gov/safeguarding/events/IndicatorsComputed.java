package uk.gov.safeguarding.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every indicator value for one collection year: LAs, regions and England, with confidence
 * intervals and benchmark comparisons. Values are unsuppressed; disclosure control happens in
 * publication-service only.
 *
 * @param contentHash SHA-256 over the values, so consumers can skip identical snapshots
 */
public record IndicatorsComputed(
    int schemaVersion,
    UUID eventId,
    Instant occurredAt,
    int collectionYear,
    String contentHash,
    List<IndicatorDefinition> indicators,
    List<IndicatorValue> values) {

  public static final int SCHEMA_VERSION = 2;
}
