package uk.gov.safeguarding.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What changed in one collection year's indicator values (LAs, regions and England, with
 * confidence intervals and benchmark comparisons), on {@link Topics#INDICATOR_CHANGES} keyed by
 * the collection year, so a year's events arrive in order. A {@link Kind#SNAPSHOT} carries every
 * value of the year; a {@link Kind#CHANGES} event carries only the values added or changed since
 * the year content whose hash is {@code baseContentHash}, and the keys of the values removed.
 * Applying the events of a year in order from a snapshot gives the year's content, whose SHA-256
 * is {@code contentHash} in every event (the same hash a snapshot of that content carries).
 * Values are unsuppressed; disclosure control happens in publication-service only.
 *
 * @param baseContentHash the content the changes apply to; null for a snapshot
 * @param contentHash SHA-256 over the definitions and every value of the year after this event,
 *     so consumers can skip identical content and check what they built
 * @param values every value (snapshot) or the values added or changed (changes)
 * @param removed the values no longer computed (changes only; empty for a snapshot)
 */
public record IndicatorsChanged(
    int schemaVersion,
    UUID eventId,
    Instant occurredAt,
    int collectionYear,
    Kind kind,
    String baseContentHash,
    String contentHash,
    List<IndicatorDefinition> indicators,
    List<IndicatorValue> values,
    List<ValueKey> removed) {

  public static final int SCHEMA_VERSION = 1;

  /** Whether the event carries the whole year or what changed since a base. */
  public enum Kind {
    SNAPSHOT,
    CHANGES
  }

  /** Names one value of a year: an indicator for an area. */
  public record ValueKey(String indicatorId, String areaCode) {
    public static ValueKey of(IndicatorValue v) {
      return new ValueKey(v.indicatorId(), v.areaCode());
    }
  }
}
