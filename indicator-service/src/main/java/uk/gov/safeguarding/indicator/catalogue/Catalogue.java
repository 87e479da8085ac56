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
 * The indicator catalogue, loaded from the data files {@code /catalogue/indicators.json} and
 * {@code /catalogue/framework-items.json} (not code): every national item N1-N27 of the framework,
 * the indicators that measure each, and the regional benchmarking set beyond it.
 */
public final class Catalogue {
  private static final Set<String> KINDS = Set.of("RATE", "PROPORTION", "RATIO", "QUANTILE", "NOT_COMPUTED");
  private static final Set<String> STATUSES = Set.of("COMPUTED_FROM_RETURNS", "COMPUTED_FROM_OTHER_SOURCE_UPLOADS", IndicatorSpec.NOT_COLLECTED);
  private static final Set<String> POLARITIES = Set.of("LOW_IS_GOOD", "HIGH_IS_GOOD", "NO_JUDGEMENT");
  private static final Set<String> ITEM_STATUSES = Set.of(FrameworkItem.COLLECTED, FrameworkItem.NOT_COLLECTED);
  private static final Catalogue STANDARD = load("/catalogue/indicators.json", "/catalogue/framework-items.json");

  private final List<Theme> themes;
  private final Map<String, IndicatorSpec> byId;

  private final List<FrameworkItem> items;

  private record File(String provenance, List<Theme> themes, List<IndicatorSpec> indicators) {}

  private record ItemsFile(String provenance, List<FrameworkItem> items) {}

  private Catalogue(List<Theme> themes, List<IndicatorSpec> indicators, List<FrameworkItem> items) {
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
    this.items = List.copyOf(items);
    checkFramework(themeIds);
  }

  /**
   * Every item is measured by at least one indicator of its own theme, its stated status agrees
   * with what the platform computes, and an indicator with no item says where it comes from.
   */
  private void checkFramework(Set<String> themeIds) {
    Map<String, FrameworkItem> itemsById = new LinkedHashMap<>();
    for (FrameworkItem item : items) {
      if (itemsById.put(item.id(), item) != null || !item.id().equals("N" + item.number())) {
        throw new IllegalStateException("Framework item " + item.id() + " is duplicated or misnumbered");
      }
      if (!themeIds.contains(item.theme()) || !ITEM_STATUSES.contains(item.status()) || !POLARITIES.contains(item.polarity())
          || blank(item.rationale()) || blank(item.source()) || blank(item.unit())) {
        throw new IllegalStateException("Invalid framework item " + item.id());
      }
      List<IndicatorSpec> measuring = indicatorsOf(item.id());
      if (measuring.isEmpty()) {
        throw new IllegalStateException("Framework item " + item.id() + " is measured by no catalogue indicator");
      }
      measuring.stream().filter(i -> !i.theme().equals(item.theme())).findFirst().ifPresent(i -> {
        throw new IllegalStateException("Indicator " + i.id() + " is in theme " + i.theme() + " but its item " + item.id() + " is in " + item.theme());
      });
      String derived = measuring.stream().anyMatch(IndicatorSpec::computed) ? FrameworkItem.COLLECTED : FrameworkItem.NOT_COLLECTED;
      if (!derived.equals(item.status()) || (FrameworkItem.NOT_COLLECTED.equals(item.status()) && blank(item.statusReason()))) {
        throw new IllegalStateException("Framework item " + item.id() + " says " + item.status() + " but the catalogue makes it " + derived + " (a NOT_COLLECTED item needs a reason)");
      }
    }
    for (IndicatorSpec spec : ordered) {
      if (spec.frameworkItem() == null ? blank(spec.beyondFramework()) : !itemsById.containsKey(spec.frameworkItem())) {
        throw new IllegalStateException("Indicator " + spec.id() + " names no known framework item and does not say where it comes from instead");
      }
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private final List<IndicatorSpec> ordered;

  public static Catalogue standard() {
    return STANDARD;
  }

  static Catalogue load(String indicatorsResource, String itemsResource) {
    ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    File file = read(json, indicatorsResource, File.class);
    ItemsFile items = read(json, itemsResource, ItemsFile.class);
    return new Catalogue(file.themes(), file.indicators(), items.items());
  }

  private static <T> T read(ObjectMapper json, String resource, Class<T> type) {
    try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing catalogue " + resource);
      }
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The framework's national items N1-N27, in number order. */
  public List<FrameworkItem> frameworkItems() {
    return items;
  }

  public Optional<FrameworkItem> frameworkItem(String id) {
    return items.stream().filter(i -> i.id().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
  }

  /** The catalogue indicators that measure one framework item. */
  public List<IndicatorSpec> indicatorsOf(String itemId) {
    return ordered.stream().filter(i -> itemId.equals(i.frameworkItem())).toList();
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
