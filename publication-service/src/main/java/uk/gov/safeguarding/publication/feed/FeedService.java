package uk.gov.safeguarding.publication.feed;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.problem.ProblemType;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
import uk.gov.safeguarding.publication.dataset.DataSetIds;
import uk.gov.safeguarding.publication.query.QueryService;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;
import uk.gov.safeguarding.reference.StatisticalNeighbour;

/**
 * An LG Inform-style feed for portals: values of one or more metric types for a set of areas
 * (codes, or comparison groups {@code region:E12000007} and {@code neighbours:301}) over periods
 * ({@code latest}, {@code latest:5} or explicit labels), from the latest published version of
 * the imported DfE history ({@code safeguarding-indicators}, the default) or of the collection years
 * the platform computes ({@code computed-indicators}, with CIs and the three comparisons).
 */
@ApplicationScoped
public class FeedService {
  @Inject QueryService query;

  public record Metric(String id, String label, String unit, int decimalPlaces, String polarity, String theme) {}

  public record FeedValue(
      String metricType, String areaCode, String areaName, String oldLaCode, String geographicLevel, String period,
      BigDecimal value, String formattedValue, String status, BigDecimal lower95, BigDecimal upper95,
      String comparedWithEngland, String comparedWithRegion, String comparedWithNeighbours, String polarity, String publicationStatus,
      String dataSource) {}

  /** The data sets a feed can read. */
  static final List<String> DATA_SETS = List.of(DataSetIds.INDICATORS, DataSetIds.COMPUTED);

  public record Feed(String dataSetId, String version, String publicationStatus, List<Metric> metricTypes, List<String> periods, List<String> areas, List<FeedValue> values) {}

  @Transactional
  public Feed feed(String dataSet, String metricTypes, String area, String period) {
    String dataSetId = dataSet == null || dataSet.isBlank() ? DataSetIds.INDICATORS : dataSet.trim();
    if (!DATA_SETS.contains(dataSetId)) {
      throw ProblemException.validation("dataSet", "UnknownDataSet", "Use " + String.join(" or ", DATA_SETS));
    }
    var resolved = query.resolve(dataSetId, "latest");
    Map<String, IndicatorMeta> meta = resolved.content().indicators().stream().collect(Collectors.toMap(IndicatorMeta::id, Function.identity()));
    List<Problem.FieldError> errors = new ArrayList<>();
    List<String> ids = split(metricTypes);
    if (ids.isEmpty()) {
      errors.add(new Problem.FieldError("metricType", "Required", "Name at least one metric type (indicator id)"));
    }
    ids.stream().filter(id -> !meta.containsKey(id)).forEach(id -> errors.add(new Problem.FieldError("metricType", "UnknownIndicator", "No indicator with this id")));
    Set<String> areas = new LinkedHashSet<>();
    AreaRegistry registry = AreaRegistry.standard();
    for (String a : split(area)) {
      String code = a.toUpperCase();
      if (code.startsWith("REGION:")) {
        String r = code.substring(7);
        if (registry.region(r).isEmpty()) {
          errors.add(new Problem.FieldError("area", "UnknownRegion", "Not an English region code"));
          continue;
        }
        areas.add(r);
        registry.liveAuthorities().stream().filter(la -> la.regionCode().equals(r)).map(LocalAuthority::gssCode).forEach(areas::add);
      } else if (code.startsWith("NEIGHBOURS:")) {
        var la = registry.find(code.substring(11));
        if (la.isEmpty()) {
          errors.add(new Problem.FieldError("area", "UnknownArea", "Not a live local authority code"));
          continue;
        }
        areas.add(la.get().gssCode());
        registry.neighbours(la.get().oldCode()).stream().map(StatisticalNeighbour::oldCode).map(registry::byOldCode).flatMap(java.util.Optional::stream).map(LocalAuthority::gssCode).forEach(areas::add);
      } else if (code.equals(AreaRegistry.ENGLAND_CODE) || registry.region(code).isPresent()) {
        areas.add(code);
      } else {
        var la = registry.find(code);
        if (la.isEmpty()) {
          errors.add(new Problem.FieldError("area", "UnknownArea", "Not a GSS code or old LA code of an English area"));
        } else {
          areas.add(la.get().gssCode());
        }
      }
    }
    if (areas.isEmpty() && errors.isEmpty()) {
      errors.add(new Problem.FieldError("area", "Required", "Name at least one area or comparison group"));
    }
    TreeSet<String> available = new TreeSet<>();
    resolved.content().rows().stream().filter(r -> ids.contains(r.indicatorId())).forEach(r -> available.add(r.timePeriod()));
    List<String> periods = new ArrayList<>();
    String p = period == null || period.isBlank() ? "latest" : period.trim();
    if (p.equals("latest") || p.startsWith("latest:")) {
      int n = 1;
      if (p.startsWith("latest:")) {
        try {
          n = Integer.parseInt(p.substring(7));
        } catch (NumberFormatException e) {
          n = -1;
        }
      }
      if (n < 1 || n > 50) {
        errors.add(new Problem.FieldError("period", "PeriodSpec", "Use latest, latest:N (N 1-50) or period labels such as 2024-25"));
      } else {
        periods.addAll(available.descendingSet().stream().limit(n).sorted().toList());
      }
    } else {
      for (String label : split(p)) {
        if (!label.matches("\\d{4}-\\d{2}")) {
          errors.add(new Problem.FieldError("period", "PeriodSpec", "Use latest, latest:N or period labels such as 2024-25"));
        } else {
          periods.add(label);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, 400, "The feed request has " + errors.size() + " invalid parameter(s)", errors);
    }
    Set<String> periodSet = Set.copyOf(periods);
    List<FeedValue> values = new ArrayList<>();
    for (DataRow r : resolved.content().rows()) {
      if (ids.contains(r.indicatorId()) && periodSet.contains(r.timePeriod()) && areas.contains(r.areaCode())) {
        IndicatorMeta m = meta.get(r.indicatorId());
        values.add(new FeedValue(
            r.indicatorId(), r.areaCode(), r.areaName(), r.oldLaCode(), r.geographicLevel(), r.timePeriod(), r.value(),
            format(r, m), r.status(), r.lower95(), r.upper95(), r.comparedWithEngland(), r.comparedWithRegion(), r.comparedWithNeighbours(),
            m.polarity(), resolved.version().status.name(), r.dataSource()));
      }
    }
    List<Metric> metrics = ids.stream().map(meta::get).map(m -> new Metric(m.id(), m.title(), m.unit(), m.decimalPlaces(), m.polarity(), m.theme())).toList();
    return new Feed(dataSetId, resolved.version().version, resolved.version().status.name(), metrics, periods, List.copyOf(areas), values);
  }

  static String format(DataRow r, IndicatorMeta m) {
    if (r.value() == null) {
      return r.status() == null ? "" : r.status();
    }
    String v = String.format("%,." + Math.max(0, r.value().scale()) + "f", r.value());
    return m.isPercent() ? v + "%" : v;
  }

  public byte[] csv(Feed feed) {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = mapper.schemaFor(FeedValue.class).withHeader();
    try {
      return mapper.writer(schema).writeValueAsBytes(feed.values());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> split(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    return Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
  }
}
