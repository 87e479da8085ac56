package uk.gov.safeguarding.indicator.snapshot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.gov.safeguarding.events.IndicatorDefinition;
import uk.gov.safeguarding.events.IndicatorValue;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.indicator.catalogue.IndicatorSpec;
import uk.gov.safeguarding.indicator.computation.ComputedValue;
import uk.gov.safeguarding.indicator.computation.YearResult;

/**
 * Maps a computed year onto what {@link uk.gov.safeguarding.events.IndicatorsChanged} events
 * carry: every definition, and every value rounded to the indicator's decimal places (limits
 * likewise) with its comparisons at 95%. The content, its hash and what changed are
 * {@link uk.gov.safeguarding.events.IndicatorYear}'s.
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
