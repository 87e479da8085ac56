package uk.gov.safeguarding.publication.historical;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.publication.content.GeographicLevel;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
import uk.gov.safeguarding.publication.disclosure.RawValue;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * The published LA values of 2016-2025 (LAIT), mapped to catalogue indicator ids, so series run
 * from 2016. Files and provenance in {@code resources/historical}.
 */
public final class HistoricalSeries {
  public static final String SOURCE = "DfE published statistics via LAIT (Open Government Licence v3.0)";

  private final List<IndicatorMeta> indicators;
  private final List<RawValue> values;

  private HistoricalSeries(List<IndicatorMeta> indicators, List<RawValue> values) {
    this.indicators = indicators;
    this.values = values;
  }

  public List<IndicatorMeta> indicators() {
    return indicators;
  }

  public List<RawValue> values() {
    return values;
  }

  /** "2016" (year ending March 2016) becomes "2015-16". */
  public static String periodLabel(String yearEnding) {
    int year = Integer.parseInt(yearEnding.trim());
    return (year - 1) + "-" + String.format("%02d", year % 100);
  }

  public static HistoricalSeries load(AreaRegistry areas) {
    Map<String, IndicatorMeta> byMeasure = new LinkedHashMap<>();
    for (Map<String, String> row : rows("/historical/lait-indicator-map.csv")) {
      byMeasure.put(
          row.get("lait_measure"),
          new IndicatorMeta(
              row.get("indicator_id"), row.get("title"), row.get("theme"), row.get("unit"),
              Integer.parseInt(row.get("decimal_places")), row.get("polarity"), SOURCE));
    }
    List<RawValue> values = new ArrayList<>();
    for (Map<String, String> row : rows("/historical/lait-childrens-social-care.csv")) {
      IndicatorMeta meta = byMeasure.get(row.get("measure"));
      if (meta == null) {
        continue;
      }
      int yearEnding = Integer.parseInt(row.get("period").trim());
      LocalAuthority la = authorityAt(areas, row.get("old_la_code"), LocalDate.of(yearEnding, 3, 31));
      String areaCode = la == null ? "old:" + row.get("old_la_code") : la.gssCode();
      String regionCode = la == null ? null : la.regionCode();
      String raw = row.get("value");
      BigDecimal value = raw == null || raw.isBlank() || raw.trim().equals("-") ? null : new BigDecimal(raw.trim());
      values.add(
          new RawValue(
              meta.id(), areaCode, row.get("old_la_code"), row.get("area_name"), regionCode,
              GeographicLevel.LOCAL_AUTHORITY.label(), periodLabel(row.get("period")),
              null, null, value, null, null, null, null, null, null, null));
    }
    return new HistoricalSeries(List.copyOf(byMeasure.values()), values);
  }

  /** The authority with this old code that was operating on the date (GSS codes change over time). */
  static LocalAuthority authorityAt(AreaRegistry areas, String oldCode, LocalDate date) {
    return areas.allAuthorities().stream()
        .filter(la -> oldCode.equals(la.oldCode()))
        .filter(la -> !la.validFrom().isAfter(date) && la.validTo().map(end -> !end.isBefore(date)).orElse(true))
        .findFirst()
        .orElseGet(() -> areas.allAuthorities().stream()
            .filter(la -> oldCode.equals(la.oldCode()))
            .max(Comparator.comparing(LocalAuthority::validFrom))
            .orElse(null));
  }

  private static List<Map<String, String>> rows(String resource) {
    try (InputStream in = HistoricalSeries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      MappingIterator<Map<String, String>> it =
          new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(in);
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
