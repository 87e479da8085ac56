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
import uk.gov.safeguarding.events.MeasureCodes;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Context variables for the expected-versus-actual model, per LA (old code) and year. Loaded from
 * {@code /context/free-school-meals.csv} (see its PROVENANCE.md); for a year being computed,
 * {@link #withUploads} puts the data stewards' uploaded counts (free-school-meals-primary and
 * -secondary source data) over the bundled values, LA by LA. A year without data uses the nearest
 * year that has it (earlier preferred on ties). To add a variable, add a column and its name to
 * {@link #VARIABLES} and, if it can be uploaded, its numerator and denominator codes to
 * {@link #UPLOADED}.
 */
public final class ContextData {
  public static final List<String> VARIABLES = List.of("primary_fsm_percent", "secondary_fsm_percent");

  /** Variables that uploaded source data can supply: numerator and denominator codes (a percentage). */
  static final Map<String, List<String>> UPLOADED =
      Map.of(
          "primary_fsm_percent", List.of(MeasureCodes.FSM_ELIGIBLE_PRIMARY, MeasureCodes.PUPILS_PRIMARY),
          "secondary_fsm_percent", List.of(MeasureCodes.FSM_ELIGIBLE_SECONDARY, MeasureCodes.PUPILS_SECONDARY));

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

  /**
   * This context with the year's uploaded percentages (numerator / denominator x 100) in place of
   * the bundled values, for each LA whose measures carry them; the bundled values everywhere else.
   */
  public ContextData withUploads(int year, Map<String, LaMeasures> measuresByGss) {
    Map<String, Map<String, NavigableMap<Integer, Double>>> copy = null;
    for (LaMeasures m : measuresByGss.values()) {
      for (Map.Entry<String, List<String>> u : UPLOADED.entrySet()) {
        String source = LaMeasures.sourceOf(u.getValue().get(0));
        Double numerator = m.counts().get(u.getValue().get(0));
        Double denominator = m.counts().get(u.getValue().get(1));
        if (!m.sources().contains(source) || numerator == null || denominator == null || denominator <= 0) {
          continue;
        }
        String oldCode = AreaRegistry.standard().find(m.laCode()).map(LocalAuthority::oldCode).orElse(null);
        if (oldCode == null) {
          continue;
        }
        if (copy == null) {
          copy = deepCopy(byVariable);
        }
        copy.computeIfAbsent(u.getKey(), k -> new HashMap<>()).computeIfAbsent(oldCode, k -> new TreeMap<>()).put(year, 100 * numerator / denominator);
      }
    }
    return copy == null ? this : new ContextData(copy);
  }

  /** Whether two measure sets of an LA upload the same context values (both may be null). */
  static boolean sameUploads(LaMeasures a, LaMeasures b) {
    for (List<String> codes : UPLOADED.values()) {
      String source = LaMeasures.sourceOf(codes.get(0));
      boolean inA = a != null && a.sources().contains(source);
      boolean inB = b != null && b.sources().contains(source);
      if (inA != inB) {
        return false;
      }
      if (inA) {
        for (String code : codes) {
          if (!java.util.Objects.equals(a.counts().get(code), b.counts().get(code))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static Map<String, Map<String, NavigableMap<Integer, Double>>> deepCopy(Map<String, Map<String, NavigableMap<Integer, Double>>> data) {
    Map<String, Map<String, NavigableMap<Integer, Double>>> copy = new HashMap<>();
    data.forEach((variable, byLa) -> {
      Map<String, NavigableMap<Integer, Double>> las = new HashMap<>();
      byLa.forEach((la, series) -> las.put(la, new TreeMap<>(series)));
      copy.put(variable, las);
    });
    return copy;
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
