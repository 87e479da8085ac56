package uk.gov.safeguarding.indicator.snapshot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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

/**
 * Maps a computed year onto the {@link IndicatorsComputed} event: every definition, every value
 * rounded to the indicator's decimal places (limits likewise), comparisons at 95%, and a SHA-256
 * content hash over definitions and values (not the event id or time) so identical snapshots are
 * recognised.
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
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(EventJson.write(definitions).getBytes(StandardCharsets.UTF_8));
      sha.update(EventJson.write(values).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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

  public static BigDecimal round(Double d, int dp) {
    return d == null ? null : BigDecimal.valueOf(d).setScale(dp, RoundingMode.HALF_UP);
  }

  private static BigDecimal exact(Double d) {
    if (d == null) {
      return null;
    }
    BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0) : b;
  }
}
