package uk.gov.safeguarding.indicator.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indicator catalogue, loaded from the data file {@code /catalogue/indicators.json} (not
 * code): every national item of the framework and the regional benchmarking set.
 */
public final class Catalogue {
  private static final Set<String> KINDS = Set.of("RATE", "PROPORTION", "RATIO", "QUANTILE", "NOT_COMPUTED");
  private static final Set<String> STATUSES = Set.of("COMPUTED_FROM_RETURNS", "COMPUTED_FROM_OTHER_SOURCE_UPLOADS", IndicatorSpec.NOT_COLLECTED);
  private static final Set<String> POLARITIES = Set.of("LOW_IS_GOOD", "HIGH_IS_GOOD", "NO_JUDGEMENT");
  private static final Catalogue STANDARD = load("/catalogue/indicators.json");

  private final List<Theme> themes;
  private final Map<String, IndicatorSpec> byId;

  private record File(String provenance, List<Theme> themes, List<IndicatorSpec> indicators) {}

  private Catalogue(List<Theme> themes, List<IndicatorSpec> indicators) {
    this.themes = List.copyOf(themes);
    Map<String, IndicatorSpec> map = new LinkedHashMap<>();
    Set<String> themeIds = new java.util.HashSet<>();
    themes.forEach(t -> themeIds.add(t.id()));
    for (IndicatorSpec spec : indicators) {
      if (map.put(spec.id(), spec) != null) {
        throw new IllegalStateException("Duplicate indicator id " + spec.id());
      }
      if (!themeIds.contains(spec.theme()) || !KINDS.contains(spec.kind()) || !STATUSES.contains(spec.status())
          || !POLARITIES.contains(spec.polarity())) {
        throw new IllegalStateException("Invalid catalogue entry " + spec.id());
      }
      if (IndicatorSpec.NOT_COLLECTED.equals(spec.status()) && (spec.statusReason() == null || spec.statusReason().isBlank())) {
        throw new IllegalStateException("Indicator " + spec.id() + " is not collected but gives no reason");
      }
      if (spec.computed()) {
        spec.numerator().forEach(Term::parse);
        spec.denominator().forEach(Term::parse);
      }
    }
    this.byId = Map.copyOf(map);
    this.ordered = List.copyOf(map.values());
  }

  private final List<IndicatorSpec> ordered;

  public static Catalogue standard() {
    return STANDARD;
  }

  static Catalogue load(String resource) {
    ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing catalogue " + resource);
      }
      File file = json.readValue(in, File.class);
      return new Catalogue(file.themes(), file.indicators());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Theme> themes() {
    return themes;
  }

  public List<IndicatorSpec> all() {
    return ordered;
  }

  public List<IndicatorSpec> computed() {
    return ordered.stream().filter(IndicatorSpec::computed).toList();
  }

  public Optional<IndicatorSpec> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }
}
