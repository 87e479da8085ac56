package uk.gov.safeguarding.publication.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.safeguarding.events.IndicatorDefinition;
import uk.gov.safeguarding.events.IndicatorValue;
import uk.gov.safeguarding.events.IndicatorYear;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.DataSource;
import uk.gov.safeguarding.publication.content.GeographicLevel;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
import uk.gov.safeguarding.publication.disclosure.DisclosureControl;
import uk.gov.safeguarding.publication.disclosure.RawValue;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/** Turns indicator snapshots into published content (through disclosure control). Pure functions. */
public final class SnapshotMapping {
  private SnapshotMapping() {}

  public static IndicatorMeta meta(IndicatorDefinition d) {
    return new IndicatorMeta(d.id(), d.title(), d.theme(), d.unit(), d.decimalPlaces(), d.polarity(), d.source(), d.frameworkItem());
  }

  /**
   * A year's values after disclosure control: its indicators and published rows. The values come
   * in the year's canonical order, so the same year gives the same rows however its events ran.
   *
   * @throws IllegalArgumentException when the snapshot is inconsistent (unknown level, value
   *     without definition)
   */
  public static DataSetContent slice(IndicatorYear year, AreaRegistry areas) {
    return slice(year.definitions(), year.values(), areas);
  }

  /** As {@link #slice(IndicatorYear, AreaRegistry)}, for a year's definitions and every value. */
  public static DataSetContent slice(List<IndicatorDefinition> definitions, List<IndicatorValue> values, AreaRegistry areas) {
    List<IndicatorMeta> defs = definitions.stream().map(SnapshotMapping::meta).toList();
    List<RawValue> raw = values.stream().map(v -> raw(v, areas)).toList();
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
    return new RawValue(new DataRow(
        v.period(), level.label(), v.areaCode(), v.oldLaCode(), v.areaName(), region, v.indicatorId(),
        v.value(), null, v.numerator(), v.denominator(), v.lower95(), v.upper95(), v.lower998(), v.upper998(),
        v.comparedWithEngland(), v.comparedWithRegion(), v.comparedWithNeighbours(), null));
  }
}
