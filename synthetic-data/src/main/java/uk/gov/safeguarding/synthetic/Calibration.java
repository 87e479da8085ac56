package uk.gov.safeguarding.synthetic;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-LA, per-year targets derived from DfE's published figures (calibration/la-targets.csv, made
 * by tools/derive-calibration.py). A missing value falls back to the LA's nearest year with one,
 * then to England's value for the year (then England's nearest year).
 */
public final class Calibration {
  public static final String ENGLAND = "ENG";
  private final Map<String, Map<Integer, Map<String, Double>>> values = new HashMap<>();

  private Calibration() {}

  public static Calibration standard() {
    Calibration c = new Calibration();
    CsvMapper mapper = new CsvMapper();
    try (InputStream in = Calibration.class.getResourceAsStream("/calibration/la-targets.csv")) {
      MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(in);
      while (it.hasNextValue()) {
        Map<String, String> row = it.nextValue();
        Map<String, Double> v = new HashMap<>();
        row.forEach((k, s) -> {
          if (!k.equals("area") && !k.equals("year") && s != null && !s.isBlank()) {
            v.put(k, Double.parseDouble(s));
          }
        });
        c.values.computeIfAbsent(row.get("area"), k -> new HashMap<>()).put(Integer.parseInt(row.get("year")), v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c;
  }

  /** A target value for an LA (old code) and collection year, with the fallbacks above. */
  public double get(String area, int year, String measure) {
    Double v = nearest(area, year, measure);
    if (v == null) {
      v = nearest(ENGLAND, year, measure);
    }
    if (v == null) {
      throw new IllegalStateException("No calibration value for " + measure);
    }
    return v;
  }

  /** True when the LA has any published figures. */
  public boolean hasArea(String area) {
    return values.containsKey(area);
  }

  private Double nearest(String area, int year, String measure) {
    Map<Integer, Map<String, Double>> byYear = values.get(area);
    if (byYear == null) {
      return null;
    }
    for (int d = 0; d <= 12; d++) {
      for (int y : new int[] {year - d, year + d}) {
        Map<String, Double> v = byYear.get(y);
        if (v != null && v.containsKey(measure)) {
          return v.get(measure);
        }
      }
    }
    return null;
  }
}
