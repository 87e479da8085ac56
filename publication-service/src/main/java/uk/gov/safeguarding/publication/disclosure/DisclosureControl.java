package uk.gov.safeguarding.publication.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.GeographicLevel;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
import uk.gov.safeguarding.publication.content.ValueStatus;

/**
 * Statistical disclosure control, applied here and nowhere else (upstream values are exact).
 *
 * <ol>
 *   <li><b>Primary suppression</b>: at local-authority level a count of 1-5 (a count indicator's
 *       value, or the numerator or denominator of a rate or percentage) is suppressed: value,
 *       numerator, denominator and CIs become null with status {@code c}.
 *   <li><b>Secondary suppression</b>: a suppressed LA cell could be recovered by subtracting the
 *       others from a total. So within every group whose numerators add up to a published total
 *       (the LAs of one region for one indicator and period; the breakdown indicators of one area
 *       and period that share a theme, unit and denominator), a group with exactly one suppressed
 *       cell gets its smallest other cell suppressed too, repeated until no group has a lone
 *       suppressed cell.
 *   <li><b>Rounding</b>: national and regional counts (count values, numerators, denominators)
 *       to the nearest 10; rates and percentages (and their CIs) to one decimal place; other
 *       measures to the indicator's decimal places. A positive figure that rounds to zero gets
 *       status {@code low}.
 *   <li><b>Symbols</b>: no value upstream is {@code x} (unavailable); a zero denominator is
 *       {@code z} (not applicable).
 * </ol>
 */
public final class DisclosureControl {
  static final BigDecimal SMALL_MIN = BigDecimal.ONE;
  static final BigDecimal SMALL_MAX = BigDecimal.valueOf(5);
  private static final BigDecimal TEN = BigDecimal.TEN;

  private DisclosureControl() {}

  public static List<DataRow> apply(List<IndicatorMeta> indicators, List<RawValue> values) {
    Map<String, IndicatorMeta> meta = indicators.stream().collect(Collectors.toMap(IndicatorMeta::id, Function.identity(), (a, b) -> a));
    List<Cell> cells = new ArrayList<>(values.size());
    for (RawValue v : values) {
      IndicatorMeta m = meta.get(v.exact().indicatorId());
      if (m == null) {
        throw new IllegalArgumentException("Value for an indicator without definition: " + v.exact().indicatorId());
      }
      cells.add(new Cell(v.exact(), m));
    }
    for (Cell c : cells) {
      c.primary();
    }
    secondary(cells);
    return cells.stream().map(Cell::toRow).toList();
  }

  /** True when a count would disclose a small number of children at LA level. */
  public static boolean isSmall(BigDecimal count) {
    return count != null && count.compareTo(SMALL_MIN) >= 0 && count.compareTo(SMALL_MAX) <= 0;
  }

  /** Rounds a national or regional count to the nearest 10 (half up). */
  public static BigDecimal roundToTen(BigDecimal count) {
    return count.divide(TEN).setScale(0, RoundingMode.HALF_UP).multiply(TEN).setScale(0, RoundingMode.UNNECESSARY);
  }

  private static void secondary(List<Cell> cells) {
    List<List<Cell>> groups = new ArrayList<>();
    // geography: the LAs of one region for one indicator and period add up to the region's total
    cells.stream()
        .filter(c -> c.isLa() && c.raw.regionCode() != null && c.additive())
        .collect(Collectors.groupingBy(c -> c.raw.indicatorId() + "|" + c.raw.timePeriod() + "|" + c.raw.regionCode(), LinkedHashMap::new, Collectors.toList()))
        .values()
        .forEach(groups::add);
    // breakdowns: percentages of one area and period sharing theme, unit and denominator
    cells.stream()
        .filter(c -> c.isLa() && c.meta.isPercent() && c.raw.denominator() != null && c.raw.numerator() != null)
        .collect(Collectors.groupingBy(
            c -> c.raw.areaCode() + "|" + c.raw.timePeriod() + "|" + c.meta.theme() + "|" + c.meta.unit() + "|" + c.raw.denominator().stripTrailingZeros().toPlainString(),
            LinkedHashMap::new, Collectors.toList()))
        .values()
        .stream()
        .filter(g -> g.size() > 1)
        .forEach(groups::add);
    boolean changed = true;
    for (int pass = 0; changed && pass < 20; pass++) {
      changed = false;
      for (List<Cell> group : groups) {
        long suppressed = group.stream().filter(c -> c.suppressed).count();
        if (suppressed == 1) {
          var next = group.stream()
              .filter(c -> !c.suppressed && c.weight() != null)
              .min(Comparator.comparing(Cell::weight).thenComparing(c -> c.raw.areaCode()).thenComparing(c -> c.raw.indicatorId()));
          if (next.isPresent()) {
            next.get().suppressed = true;
            changed = true;
          }
        }
      }
    }
  }

  private static final class Cell {
    final DataRow raw;
    final IndicatorMeta meta;
    boolean suppressed;
    String symbol;

    Cell(DataRow raw, IndicatorMeta meta) {
      this.raw = raw;
      this.meta = meta;
    }

    boolean isLa() {
      return GeographicLevel.LOCAL_AUTHORITY.label().equals(raw.geographicLevel());
    }

    /** The count that adds up across a group: a count's value, else the numerator. */
    BigDecimal weight() {
      return meta.isCount() ? raw.value() : raw.numerator();
    }

    boolean additive() {
      return weight() != null;
    }

    void primary() {
      if (raw.value() == null) {
        symbol = ValueStatus.UNAVAILABLE;
        return;
      }
      if (raw.denominator() != null && raw.denominator().signum() == 0 && !meta.isCount()) {
        symbol = ValueStatus.NOT_APPLICABLE;
        return;
      }
      if (isLa()) {
        boolean small = meta.isCount() ? isSmall(raw.value()) : isSmall(raw.numerator()) || isSmall(raw.denominator());
        if (small) {
          suppressed = true;
        }
      }
    }

    DataRow toRow() {
      if (suppressed) {
        return raw.withheld(ValueStatus.SUPPRESSED);
      }
      if (symbol != null) {
        return raw.withheld(symbol);
      }
      boolean aggregate = !isLa();
      BigDecimal value;
      String status = null;
      if (meta.isCount() && aggregate) {
        value = roundToTen(raw.value());
      } else {
        value = round(raw.value());
      }
      if (value.signum() == 0 && raw.value().signum() > 0) {
        status = ValueStatus.LOW;
        value = null;
      }
      BigDecimal numerator = raw.numerator();
      BigDecimal denominator = raw.denominator();
      if (aggregate) {
        numerator = numerator == null ? null : roundToTen(numerator);
        denominator = denominator == null ? null : roundToTen(denominator);
      } else {
        numerator = plain(numerator);
        denominator = plain(denominator);
      }
      return published(value, status, numerator, denominator, round(raw.lower95()), round(raw.upper95()), round(raw.lower998()), round(raw.upper998()));
    }

    private BigDecimal round(BigDecimal d) {
      if (d == null) {
        return null;
      }
      int places = meta.isRateOrPercent() ? 1 : meta.isCount() ? 0 : Math.max(0, meta.decimalPlaces());
      return d.setScale(places, RoundingMode.HALF_UP);
    }

    /** The exact row with its figures replaced by the controlled ones. */
    private DataRow published(BigDecimal value, String status, BigDecimal num, BigDecimal den, BigDecimal l95, BigDecimal u95, BigDecimal l998, BigDecimal u998) {
      return new DataRow(
          raw.timePeriod(), raw.geographicLevel(), raw.areaCode(), raw.oldLaCode(), raw.areaName(), raw.regionCode(),
          raw.indicatorId(), value, status, num, den, l95, u95, l998, u998,
          raw.comparedWithEngland(), raw.comparedWithRegion(), raw.comparedWithNeighbours(), raw.dataSource());
    }
  }

  /** Drops trailing zeros without switching to exponent notation. */
  static BigDecimal plain(BigDecimal d) {
    if (d == null) {
      return null;
    }
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
