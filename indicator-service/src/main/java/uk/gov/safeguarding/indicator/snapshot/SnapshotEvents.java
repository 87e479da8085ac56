package uk.gov.safeguarding.indicator.snapshot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.IndicatorDefinition;
import uk.gov.safeguarding.events.IndicatorValue;
import uk.gov.safeguarding.events.IndicatorsComputed;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.indicator.catalogue.IndicatorSpec;
import uk.gov.safeguarding.indicator.computation.ComputedValue;
import uk.gov.safeguarding.indicator.computation.YearResult;
import uk.gov.safeguarding.platform.hashing.Sha256;

/**
 * Maps a computed year onto the {@link IndicatorsComputed} event: every definition, every value
 * rounded to the indicator's decimal places (limits likewise), comparisons at 95%, and a SHA-256
 * content hash over definitions and values (not the event id or time) so identical snapshots are
 * recognised. {@link #serialize} writes the definitions and values once, and the same JSON feeds
 * both the hash and the outbox payload ({@link OutboxPayload.IndicatorsComputed}).
 */
public final class SnapshotEvents {
  private SnapshotEvents() {}

  public static List<IndicatorDefinition> definitions(Catalogue catalogue) {
    return catalogue.all().stream()
        .map(s -> new IndicatorDefinition(s.id(), s.title(), s.theme(), s.unit(), s.decimalPlaces(), s.polarity(), s.source(), s.frameworkItem()))
        .toList();
  }

  public static List<IndicatorValue> values(Catalogue catalogue, YearResult result) {
    return result.values().stream().map(v -> toEvent(catalogue.find(v.indicatorId()).orElseThrow(), v)).toList();
  }

  public static String contentHash(List<IndicatorDefinition> definitions, List<IndicatorValue> values) {
    return serialize(definitions, values).contentHash();
  }

  /**
   * An event's definitions and values serialised once, as {@link EventJson} writes them, with the
   * content hash over exactly those bytes.
   */
  public record Serialized(String definitionsJson, String valuesJson, String contentHash) {}

  public static Serialized serialize(List<IndicatorDefinition> definitions, List<IndicatorValue> values) {
    String definitionsJson = EventJson.write(definitions);
    String valuesJson = EventJson.write(values);
    MessageDigest sha = Sha256.digest();
    sha.update(definitionsJson.getBytes(StandardCharsets.UTF_8));
    sha.update(valuesJson.getBytes(StandardCharsets.UTF_8));
    return new Serialized(definitionsJson, valuesJson, Sha256.hex(sha));
  }

  /** The outbox payload of the event, from the JSON already written for its hash. */
  public static OutboxPayload.IndicatorsComputed event(UUID eventId, Instant at, int year, Serialized serialized) {
    return new OutboxPayload.IndicatorsComputed(IndicatorsComputed.SCHEMA_VERSION, eventId, at, year, serialized.contentHash(),
        serialized.definitionsJson(), serialized.valuesJson());
  }

  public static IndicatorsComputed event(UUID eventId, Instant at, int year, String hash,
      List<IndicatorDefinition> definitions, List<IndicatorValue> values) {
    return new IndicatorsComputed(IndicatorsComputed.SCHEMA_VERSION, eventId, at, year, hash, definitions, values);
  }

  static IndicatorValue toEvent(IndicatorSpec spec, ComputedValue v) {
    int dp = spec.decimalPlaces();
    return new IndicatorValue(v.indicatorId(), v.areaCode(), v.oldLaCode(), v.areaName(), v.areaLevel(), v.period(),
        exact(v.numerator()), exact(v.denominator()), round(v.value(), dp),
        round(v.lower95(), dp), round(v.upper95(), dp), round(v.lower998(), dp), round(v.upper998(), dp),
        v.vsEngland95(), v.vsRegion95(), v.vsNeighbours95());
  }

  /**
   * The value rounded half up to {@code dp} decimal places, as {@code
   * BigDecimal.valueOf(d).setScale(dp, HALF_UP)} gives it (rounding the double's shortest decimal
   * form). Most values are not near a tie at the rounding digit, and then every decimal that
   * reads back as the double rounds the same way, so the rounded digits are taken from {@code d x
   * 10^dp} in floating point; a value within a margin of a tie (far wider than the error of that
   * product), a large value, or more than 9 decimal places go through {@code BigDecimal}.
   */
  public static BigDecimal round(Double d, int dp) {
    if (d == null) {
      return null;
    }
    double x = d;
    if (dp >= 0 && dp < POWERS_OF_TEN.length) {
      double scaled = Math.abs(x) * POWERS_OF_TEN[dp];
      if (scaled < FAST_LIMIT) {
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) > TIE_MARGIN) {
          long digits = (long) floor + (fraction > 0.5 ? 1 : 0);
          return BigDecimal.valueOf(x < 0 ? -digits : digits, dp);
        }
      }
    }
    return BigDecimal.valueOf(x).setScale(dp, RoundingMode.HALF_UP);
  }

  private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
  /** Below this, d x 10^dp is within 2^-52 relative of the exact product and its fraction has room for the margin. */
  private static final double FAST_LIMIT = 1e9;
  /** Distance from a tie (in units of the last kept digit) below which the exact path decides. */
  private static final double TIE_MARGIN = 1e-6;

  /**
   * The count as {@code BigDecimal.valueOf(d).stripTrailingZeros()} with no negative scale: a whole
   * number below 2^53 directly, anything else through {@code BigDecimal}.
   */
  static BigDecimal exact(Double d) {
    if (d == null) {
      return null;
    }
    double x = d;
    if (x == Math.rint(x) && Math.abs(x) < 0x1p53) {
      return BigDecimal.valueOf((long) x);
    }
    BigDecimal b = BigDecimal.valueOf(x).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0) : b;
  }
}
