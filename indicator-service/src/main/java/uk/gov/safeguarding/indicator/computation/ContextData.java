package uk.gov.safeguarding.indicator.computation;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Context variables for the expected-versus-actual model, per LA (old code) and year. Loaded from
 * {@code /context/free-school-meals.csv} (see its PROVENANCE.md). A year without data uses the
 * nearest year that has it (earlier preferred on ties). To add a variable, add a column and its
 * name to {@link #VARIABLES}.
 */
public final class ContextData {
  public static final List<String> VARIABLES = List.of("primary_fsm_percent", "secondary_fsm_percent");

  private static final ContextData STANDARD = load("/context/free-school-meals.csv");

  private final Map<String, Map<String, NavigableMap<Integer, Double>>> byVariable;

  private ContextData(Map<String, Map<String, NavigableMap<Integer, Double>>> byVariable) {
    this.byVariable = byVariable;
  }

  public static ContextData standard() {
    return STANDARD;
  }

  /** The variable's value for the LA in the year (or the nearest year), if any. */
  public OptionalDouble value(String variable, String oldLaCode, int year) {
    NavigableMap<Integer, Double> series = byVariable.getOrDefault(variable, Map.of()).get(oldLaCode);
    if (series == null || series.isEmpty()) {
      return OptionalDouble.empty();
    }
    Map.Entry<Integer, Double> floor = series.floorEntry(year);
    Map.Entry<Integer, Double> ceiling = series.ceilingEntry(year);
    Map.Entry<Integer, Double> pick =
        floor == null ? ceiling : ceiling == null ? floor : (year - floor.getKey() <= ceiling.getKey() - year ? floor : ceiling);
    return OptionalDouble.of(pick.getValue());
  }

  /** All variables for the LA, or null when any is missing. */
  public double[] vector(String oldLaCode, int year) {
    double[] x = new double[VARIABLES.size()];
    for (int i = 0; i < x.length; i++) {
      OptionalDouble v = value(VARIABLES.get(i), oldLaCode, year);
      if (v.isEmpty()) {
        return null;
      }
      x[i] = v.getAsDouble();
    }
    return x;
  }

  static ContextData load(String resource) {
    Map<String, Map<String, NavigableMap<Integer, Double>>> data = new HashMap<>();
    try (InputStream in = ContextData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing context file " + resource);
      }
      MappingIterator<Map<String, String>> it =
          new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(in);
      for (Map<String, String> row : it.readAll()) {
        int year = Integer.parseInt(row.get("year"));
        for (String variable : VARIABLES) {
          String v = row.get(variable);
          if (v != null && !v.isBlank()) {
            data.computeIfAbsent(variable, k -> new HashMap<>())
                .computeIfAbsent(row.get("old_la_code"), k -> new TreeMap<>())
                .put(year, Double.parseDouble(v));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ContextData(data);
  }
}
