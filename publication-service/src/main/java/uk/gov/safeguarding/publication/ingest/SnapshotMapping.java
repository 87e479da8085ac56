package uk.gov.safeguarding.publication.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.safeguarding.events.IndicatorDefinition;
import uk.gov.safeguarding.events.IndicatorValue;
import uk.gov.safeguarding.events.IndicatorsComputed;
import uk.gov.safeguarding.events.LocalMeasuresPublished;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.DataSource;
import uk.gov.safeguarding.publication.content.GeographicLevel;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
import uk.gov.safeguarding.publication.disclosure.DisclosureControl;
import uk.gov.safeguarding.publication.disclosure.RawValue;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/** Turns upstream events into published content (through disclosure control). Pure functions. */
public final class SnapshotMapping {
  private SnapshotMapping() {}

  public static IndicatorMeta meta(IndicatorDefinition d) {
    return new IndicatorMeta(d.id(), d.title(), d.theme(), d.unit(), d.decimalPlaces(), d.polarity(), d.source(), d.frameworkItem());
  }

  /**
   * A snapshot after disclosure control: its indicators and published rows.
   *
   * @throws IllegalArgumentException when the snapshot is inconsistent (unknown level, value
   *     without definition)
   */
  public static DataSetContent slice(IndicatorsComputed snapshot, AreaRegistry areas) {
    List<IndicatorMeta> defs = snapshot.indicators().stream().map(SnapshotMapping::meta).toList();
    List<RawValue> raw = snapshot.values().stream().map(v -> raw(v, areas)).toList();
    return new DataSetContent(defs, DataSource.COMPUTED.label(DisclosureControl.apply(defs, raw)));
  }

  /**
   * The working content with this slice (its periods x its indicators) replaced. A slice row equal
   * to the working row it replaces keeps the working row's instance, so the draft re-renders and
   * re-hashes only the values that changed (one LA's push changes a few hundred of a year's
   * ~11,000 rows); the content, and so its hash, is the same as with the new instances.
   */
  public static DataSetContent replaceSlice(DataSetContent working, DataSetContent snapshot) {
    List<IndicatorMeta> defs = snapshot.indicators();
    Set<String> ids = defs.stream().map(IndicatorMeta::id).collect(Collectors.toSet());
    Set<String> periods = snapshot.rows().stream().map(DataRow::timePeriod).collect(Collectors.toSet());
    List<DataRow> slice = snapshot.rows();

    Map<String, IndicatorMeta> indicators = new LinkedHashMap<>();
    working.indicators().forEach(i -> indicators.put(i.id(), i));
    defs.forEach(i -> indicators.put(i.id(), i));
    List<DataRow> rows = new ArrayList<>(working.rows().size() + slice.size());
    Map<String, DataRow> replaced = new HashMap<>();
    for (DataRow r : working.rows()) {
      if (periods.contains(r.timePeriod()) && ids.contains(r.indicatorId())) {
        replaced.put(r.key(), r);
      } else {
        rows.add(r);
      }
    }
    for (DataRow r : slice) {
      DataRow before = replaced.get(r.key());
      rows.add(r.equals(before) ? before : r);
    }
    return new DataSetContent(List.copyOf(indicators.values()), rows);
  }

  static RawValue raw(IndicatorValue v, AreaRegistry areas) {
    GeographicLevel level = GeographicLevel.fromEvent(v.areaLevel());
    String region = switch (level) {
      case NATIONAL -> null;
      case REGIONAL -> v.areaCode();
      case LOCAL_AUTHORITY -> areas.byGssCode(v.areaCode()).map(LocalAuthority::regionCode)
          .or(() -> v.oldLaCode() == null ? java.util.Optional.empty() : areas.byOldCode(v.oldLaCode()).map(LocalAuthority::regionCode))
          .orElse(null);
    };
    return new RawValue(
        v.indicatorId(), v.areaCode(), v.oldLaCode(), v.areaName(), region, level.label(), v.period(),
        v.numerator(), v.denominator(), v.value(), v.lower95(), v.upper95(), v.lower998(), v.upper998(),
        v.comparedWithEngland(), v.comparedWithRegion(), v.comparedWithNeighbours());
  }

  /** The local-measures content from the latest submission of every LA and period. */
  public static DataSetContent localMeasures(List<LocalMeasuresPublished> submissions, AreaRegistry areas) {
    Map<String, IndicatorMeta> indicators = new LinkedHashMap<>();
    List<RawValue> raw = new ArrayList<>();
    for (LocalMeasuresPublished s : submissions) {
      LocalAuthority la = areas.byGssCode(s.laCode()).or(() -> areas.find(s.oldLaCode())).orElse(null);
      for (LocalMeasuresPublished.LocalMeasure m : s.measures()) {
        IndicatorMeta meta = new IndicatorMeta(m.measureId(), m.title(), m.theme(), m.unit(), 1, "NO_JUDGEMENT", "Local measure: " + m.method());
        indicators.putIfAbsent(m.measureId(), meta);
        raw.add(new RawValue(
            m.measureId(), s.laCode(), la == null ? s.oldLaCode() : la.oldCode(), la == null ? s.laCode() : la.name(),
            la == null ? null : la.regionCode(), GeographicLevel.LOCAL_AUTHORITY.label(), s.period(),
            m.numerator(), m.denominator(), value(meta, m.numerator(), m.denominator()), null, null, null, null, null, null, null));
      }
    }
    List<IndicatorMeta> defs = List.copyOf(indicators.values());
    return new DataSetContent(defs, DataSource.LOCAL_AUTHORITY.label(DisclosureControl.apply(defs, raw)));
  }

  static BigDecimal value(IndicatorMeta meta, BigDecimal numerator, BigDecimal denominator) {
    if (numerator == null) {
      return null;
    }
    if (denominator == null || meta.isCount()) {
      return numerator;
    }
    if (denominator.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal ratio = numerator.divide(denominator, MathContext.DECIMAL64);
    String unit = meta.unit() == null ? "" : meta.unit().toLowerCase();
    if (meta.isPercent()) {
      return ratio.multiply(BigDecimal.valueOf(100));
    }
    if (unit.contains("10,000")) {
      return ratio.multiply(BigDecimal.valueOf(10_000));
    }
    if (unit.contains("1,000")) {
      return ratio.multiply(BigDecimal.valueOf(1_000));
    }
    return ratio;
  }
}
