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
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.GeographicLevel;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
import uk.gov.safeguarding.publication.disclosure.RawValue;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;
import uk.gov.safeguarding.reference.Region;
import uk.gov.safeguarding.reference.period.CollectionYear;

/**
 * The published LA values of 2016-2025 (LAIT), mapped to catalogue indicator ids, so series run
 * from 2016. Files and provenance in {@code resources/historical}.
 */
public final class HistoricalSeries {
  public static final String SOURCE = "DfE published statistics via LAIT (Open Government Licence v3.0)";

  /** LAIT's codes for England and its regions (Inner and Outer London as E13 sub-regions). */
  static final Map<String, Region> AGGREGATES =
      Map.ofEntries(
          Map.entry("970", new Region(AreaRegistry.ENGLAND_CODE, AreaRegistry.ENGLAND_NAME)),
          Map.entry("980", new Region("E12000001", "North East")),
          Map.entry("981", new Region("E12000002", "North West")),
          Map.entry("982", new Region("E12000003", "Yorkshire and The Humber")),
          Map.entry("983", new Region("E12000004", "East Midlands")),
          Map.entry("984", new Region("E12000005", "West Midlands")),
          Map.entry("985", new Region("E12000006", "East of England")),
          Map.entry("986", new Region("E12000007", "London")),
          Map.entry("987", new Region("E13000001", "Inner London")),
          Map.entry("988", new Region("E13000002", "Outer London")),
          Map.entry("989", new Region("E12000008", "South East")),
          Map.entry("990", new Region("E12000009", "South West")));

  private final List<IndicatorMeta> indicators;
  private final List<RawValue> values;
  private final Map<String, String> sourceSymbols;

  private HistoricalSeries(List<IndicatorMeta> indicators, List<RawValue> values, Map<String, String> sourceSymbols) {
    this.indicators = indicators;
    this.values = values;
    this.sourceSymbols = Map.copyOf(sourceSymbols);
  }

  /**
   * The source's own symbol (e.g. LAIT's {@code -} for a value suppressed in the DfE publication)
   * for every cell that carried one instead of a number, keyed as {@code DataRow#key()}.
   */
  public Map<String, String> sourceSymbols() {
    return sourceSymbols;
  }

  public List<IndicatorMeta> indicators() {
    return indicators;
  }

  public List<RawValue> values() {
    return values;
  }

  /** LAIT's period "2016" (the year ending March 2016) is collection year 2016, labelled "2015-16". */
  public static CollectionYear yearEnding(String laitPeriod) {
    return CollectionYear.of(Integer.parseInt(laitPeriod.trim()));
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
    Map<String, String> symbols = new LinkedHashMap<>();
    for (Map<String, String> row : rows("/historical/lait-childrens-social-care.csv")) {
      IndicatorMeta meta = byMeasure.get(row.get("measure"));
      if (meta == null) {
        continue;
      }
      CollectionYear year = yearEnding(row.get("period"));
      String oldCode = row.get("old_la_code");
      String raw = row.get("value");
      boolean symbol = SourceSymbols.publishedAs(raw).isPresent();
      BigDecimal value = raw == null || raw.isBlank() || symbol ? null : new BigDecimal(raw.trim());
      String period = year.label();
      Region aggregate = AGGREGATES.get(oldCode);
      if (aggregate != null) {
        if (symbol) {
          symbols.put(meta.id() + "|" + aggregate.gssCode() + "|" + period, raw.trim());
        }
        // LAIT's own codes for England (970) and regions (980-990)
        boolean england = aggregate.gssCode().equals(AreaRegistry.ENGLAND_CODE);
        values.add(
            new RawValue(new DataRow(
                period, england ? GeographicLevel.NATIONAL.label() : GeographicLevel.REGIONAL.label(),
                aggregate.gssCode(), null, aggregate.name(), england ? null : aggregate.gssCode(), meta.id(),
                value, null, null, null, null, null, null, null, null, null, null, null)));
        continue;
      }
      LocalAuthority la = authorityAt(areas, oldCode, year.censusDate());
      if (la == null) {
        throw new IllegalStateException("LAIT old LA code " + oldCode + " is not in reference-data");
      }
      if (symbol) {
        symbols.put(meta.id() + "|" + la.gssCode() + "|" + period, raw.trim());
      }
      values.add(
          new RawValue(new DataRow(
              period, GeographicLevel.LOCAL_AUTHORITY.label(), la.gssCode(), oldCode, la.name(), la.regionCode(), meta.id(),
              value, null, null, null, null, null, null, null, null, null, null, null)));
    }
    return new HistoricalSeries(List.copyOf(byMeasure.values()), values, symbols);
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
