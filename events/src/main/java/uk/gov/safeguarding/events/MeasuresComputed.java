package uk.gov.safeguarding.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Aggregate measures for one local authority and collection year. Carries counts and day
 * distributions only: never child-level data.
 *
 * <p>A newer {@code (sourceVersion, revision)} for the same (laCode, collectionYear, source)
 * supersedes the older one (compared version first, then revision); consumers keep the latest and
 * ignore replays (by {@code eventId}) and out-of-order older ones.
 *
 * @param eventId unique id of this event, the idempotency key for consumers
 * @param laCode GSS code of the local authority (e.g. E09000002)
 * @param oldLaCode three-digit DfE code (e.g. 301)
 * @param collectionYear the year the collection ends (2025 for 2024/25)
 * @param sourceId id of the return or upload the measures come from
 * @param sourceVersion version number of that return for this LA and year, increasing
 * @param revision 0 for the measures derived when that version was accepted; increases each time
 *     they are derived again from the same version because the history they depend on changed
 *     (an earlier collection year's return of the LA accepted later, which can change re-referrals
 *     and repeat plans). Absent (0) in events written before it existed.
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
    int revision,
    String contentHash,
    Map<String, BigDecimal> counts,
    Map<String, Map<Integer, Long>> distributions) {

  public static final int SCHEMA_VERSION = 1;

  /** True when this event supersedes measures held at the given version and revision. */
  public boolean supersedes(int heldVersion, int heldRevision) {
    return sourceVersion > heldVersion || (sourceVersion == heldVersion && revision > heldRevision);
  }
}
