package uk.gov.safeguarding.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Aggregate measures for one local authority and collection year. Carries counts and day
 * distributions only: never child-level data.
 *
 * <p>A newer {@code sourceVersion} for the same (laCode, collectionYear, source) supersedes the
 * older one; consumers keep the latest version and ignore replays (by {@code eventId}) and
 * out-of-order older versions.
 *
 * @param eventId unique id of this event, the idempotency key for consumers
 * @param laCode GSS code of the local authority (e.g. E09000002)
 * @param oldLaCode three-digit DfE code (e.g. 301)
 * @param collectionYear the year the collection ends (2025 for 2024/25)
 * @param sourceId id of the return or upload the measures come from
 * @param sourceVersion version number of that return for this LA and year, increasing
 * @param contentHash SHA-256 of the source payload
 * @param counts measure code to count (or FTE, days), see {@code MeasureCodes}
 * @param distributions measure code to histogram: working days to number of cases
 */
public record MeasuresComputed(
    int schemaVersion,
    UUID eventId,
    Instant occurredAt,
    MeasureSource source,
    String laCode,
    String oldLaCode,
    int collectionYear,
    String sourceId,
    int sourceVersion,
    String contentHash,
    Map<String, BigDecimal> counts,
    Map<String, Map<Integer, Long>> distributions) {

  public static final int SCHEMA_VERSION = 1;
}
