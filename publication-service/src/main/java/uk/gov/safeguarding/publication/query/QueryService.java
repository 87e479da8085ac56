package uk.gov.safeguarding.publication.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.safeguarding.platform.hashing.Sha256;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.problem.ProblemType;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.GeographicLevel;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
import uk.gov.safeguarding.publication.version.DataSetVersion;
import uk.gov.safeguarding.publication.version.VersionReader;
import uk.gov.safeguarding.publication.version.VersionStatus;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Filters, sorts and pages the rows of a published version. The rows of a released version never
 * change, so each version's rows are indexed once by indicator and kept in memory.
 */
@ApplicationScoped
public class QueryService {
  static final Map<String, Comparator<DataRow>> SORTS = new LinkedHashMap<>();

  static {
    SORTS.put("timePeriod", Comparator.comparing(DataRow::timePeriod));
    SORTS.put("areaCode", Comparator.comparing(DataRow::areaCode));
    SORTS.put("areaName", Comparator.comparing(DataRow::areaName));
    SORTS.put("indicatorId", Comparator.comparing(DataRow::indicatorId));
    SORTS.put("geographicLevel", Comparator.comparing(DataRow::geographicLevel));
    SORTS.put("value", Comparator.comparing(DataRow::value, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder())));
  }

  @Inject VersionReader reader;

  /** Rows by indicator, by version id and content hash (a replaced draft keeps its id). */
  private final Map<String, Map<String, List<DataRow>>> indexes =
      Collections.synchronizedMap(
          new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, List<DataRow>>> eldest) {
              return size() > 4;
            }
          });

  public record Resolved(DataSetVersion version, DataSetContent content) {}

  /** Resolutions of (data set, version pattern) for one second: keeps the database off the hot query path. */
  private final Map<String, CachedResolution> resolutions = new java.util.concurrent.ConcurrentHashMap<>();

  private record CachedResolution(Resolved resolved, long expiresAtNanos) {}

  public Resolved resolve(String dataSetId, String versionPattern) {
    String key = dataSetId + "@" + versionPattern;
    CachedResolution cached = resolutions.get(key);
    long now = System.nanoTime();
    if (cached != null && cached.expiresAtNanos() - now > 0) {
      return cached.resolved();
    }
    DataSetVersion v = reader.resolve(dataSetId, versionPattern, "version");
    Resolved r = new Resolved(v, reader.content(v));
    if (v.status == VersionStatus.Draft) {
      return r; // a draft is replaced in place: its publishers must see each replacement at once
    }
    if (resolutions.size() > 1000) {
      resolutions.clear();
    }
    resolutions.put(key, new CachedResolution(r, now + 1_000_000_000L));
    return r;
  }

  /** A query's answer as sent: the JSON and its strong ETag (SHA-256 of the JSON). */
  public record Answer(byte[] json, String etag) {}

  /** By content hash too: a draft keeps its id while its content is replaced. */
  private record AnswerKey(long versionId, String contentHash, QueryRequest request) {}

  /** Answers of released versions' queries; the bytes are kept up to a budget, least recently used out first. */
  static final int ANSWER_CACHE_BYTES = 32 * 1024 * 1024;
  static final int ANSWER_MAX_BYTES = 256 * 1024;
  private final LinkedHashMap<AnswerKey, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);
  private long answerBytes;

  @Inject ObjectMapper mapper;

  /**
   * The answer to a query, serialised. The answer to the same filters on the same content is the
   * same bytes: it is kept (by version id, content hash and request) and neither filtered nor
   * serialised again; a replaced draft has another content hash, so it is answered afresh.
   */
  public Answer answer(String dataSetId, QueryRequest q) {
    Resolved r = resolve(dataSetId, q.version());
    AnswerKey key = new AnswerKey(r.version().id, r.version().contentHash, withoutVersion(q));
    synchronized (answers) {
      Answer hit = answers.get(key);
      if (hit != null) {
        return hit;
      }
    }
    byte[] json;
    try {
      json = mapper.writeValueAsBytes(query(r, dataSetId, q));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    Answer answer = new Answer(json, Sha256.hex(json));
    if (json.length <= ANSWER_MAX_BYTES) {
      synchronized (answers) {
        if (answers.put(key, answer) == null) {
          answerBytes += json.length;
        }
        var eldest = answers.entrySet().iterator();
        while (answerBytes > ANSWER_CACHE_BYTES && eldest.hasNext()) {
          answerBytes -= eldest.next().getValue().json().length;
          eldest.remove();
        }
      }
    }
    return answer;
  }

  private static QueryRequest withoutVersion(QueryRequest q) {
    return new QueryRequest(q.indicators(), q.areas(), q.regions(), q.geographicLevels(), q.periods(), q.periodFrom(), q.periodTo(), q.sort(), q.page(), q.pageSize(), null);
  }

  public QueryResult query(String dataSetId, QueryRequest q) {
    return query(resolve(dataSetId, q.version()), dataSetId, q);
  }

  private QueryResult query(Resolved r, String dataSetId, QueryRequest q) {
    List<DataRow> matched = matched(r, q);
    int page = q.page() == null ? 1 : q.page();
    int pageSize = q.pageSize() == null ? 1000 : q.pageSize();
    int total = matched.size();
    int from = Math.min((page - 1) * pageSize, total);
    int to = Math.min(from + pageSize, total);
    int pages = (total + pageSize - 1) / pageSize;
    return new QueryResult(dataSetId, r.version().version, new QueryResult.Paging(page, pageSize, total, pages), List.copyOf(matched.subList(from, to)));
  }

  /**
   * A query's rows for the CSV answer: every matching row (a page only when the request names
   * page or pageSize), with the version's indicator metadata, and an ETag that is fixed by the
   * released content and the request (the same query on the same version is the same bytes).
   */
  public record CsvAnswer(String dataSetId, String version, List<IndicatorMeta> indicators, List<DataRow> rows, String etag) {}

  public CsvAnswer csv(String dataSetId, QueryRequest q) {
    Resolved r = resolve(dataSetId, q.version());
    List<DataRow> matched = matched(r, q);
    if (q.page() != null || q.pageSize() != null) {
      int pageSize = q.pageSize() == null ? 1000 : q.pageSize();
      int from = Math.min(((q.page() == null ? 1 : q.page()) - 1) * pageSize, matched.size());
      matched = matched.subList(from, Math.min(from + pageSize, matched.size()));
    }
    String etag = Sha256.hex(r.version().contentHash + "|" + withoutVersion(q) + "|csv");
    return new CsvAnswer(dataSetId, r.version().version, r.content().indicators(), matched, etag);
  }

  /** The rows of the version that match the query, sorted as asked; 400 with every invalid parameter. */
  private List<DataRow> matched(Resolved r, QueryRequest q) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Set<String> knownIndicators = r.content().indicators().stream().map(IndicatorMeta::id).collect(Collectors.toSet());
    Set<String> indicators = new HashSet<>();
    list(q.indicators()).forEach(
        (i, id) -> {
          if (!knownIndicators.contains(id)) {
            errors.add(new Problem.FieldError("indicators[" + i + "]", "UnknownIndicator", "No indicator with this id in the data set"));
          }
          indicators.add(id);
        });
    Set<String> areas = new HashSet<>();
    AreaRegistry registry = AreaRegistry.standard();
    list(q.areas()).forEach(
        (i, code) -> {
          String c = code.trim().toUpperCase();
          if (c.equals(AreaRegistry.ENGLAND_CODE) || registry.region(c).isPresent()) {
            areas.add(c);
          } else {
            var la = registry.find(c).or(() -> registry.byGssCode(c));
            if (la.isEmpty()) {
              errors.add(new Problem.FieldError("areas[" + i + "]", "UnknownArea", "Not a GSS code or old LA code of an English area"));
            } else {
              areas.add(la.get().gssCode());
              // an old code also matches the predecessor codes it was published under
              registry.allAuthorities().stream().filter(a -> a.oldCode().equals(la.get().oldCode())).map(LocalAuthority::gssCode).forEach(areas::add);
            }
          }
        });
    Set<String> regions = new HashSet<>();
    list(q.regions()).forEach(
        (i, code) -> {
          if (registry.region(code.trim().toUpperCase()).isEmpty() || !code.trim().toUpperCase().startsWith("E12")) {
            errors.add(new Problem.FieldError("regions[" + i + "]", "UnknownRegion", "Not the GSS code of an English region (E12...)"));
          }
          regions.add(code.trim().toUpperCase());
        });
    Set<String> levels = new HashSet<>();
    list(q.geographicLevels()).forEach(
        (i, level) -> GeographicLevel.parse(level).ifPresentOrElse(
            l -> levels.add(l.label()),
            () -> errors.add(new Problem.FieldError("geographicLevels[" + i + "]", "UnknownGeographicLevel", "Use National, Regional or Local authority"))));
    Comparator<DataRow> order = null;
    for (Map.Entry<Integer, String> e : list(q.sort()).entrySet()) {
      String[] parts = e.getValue().split(":");
      Comparator<DataRow> c = SORTS.get(parts[0].trim());
      boolean desc = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
      boolean validDirection = parts.length == 1 || parts[1].trim().equalsIgnoreCase("asc") || parts[1].trim().equalsIgnoreCase("desc");
      if (c == null || !validDirection || parts.length > 2) {
        errors.add(new Problem.FieldError("sort[" + e.getKey() + "]", "UnknownSort", "Use field:asc or field:desc with field one of " + SORTS.keySet()));
        continue;
      }
      c = desc ? c.reversed() : c;
      order = order == null ? c : order.thenComparing(c);
    }
    if (q.periodFrom() != null && q.periodTo() != null && q.periodFrom().compareTo(q.periodTo()) > 0) {
      errors.add(new Problem.FieldError("periodFrom", "PeriodRange", "periodFrom is after periodTo"));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, 400, "The query has " + errors.size() + " invalid parameter(s)", errors);
    }
    Set<String> periods = new HashSet<>(q.periods() == null ? List.of() : q.periods());
    Map<String, List<DataRow>> index = indexes.computeIfAbsent(r.version().id + "@" + r.version().contentHash, k -> r.content().rows().stream().collect(Collectors.groupingBy(DataRow::indicatorId)));
    List<List<DataRow>> sources = indicators.isEmpty() ? List.of(r.content().rows()) : indicators.stream().sorted().map(id -> index.getOrDefault(id, List.of())).toList();
    List<DataRow> matched = new ArrayList<>();
    for (List<DataRow> rows : sources) {
      for (DataRow row : rows) {
        if (!periods.isEmpty() && !periods.contains(row.timePeriod())) continue;
        if (q.periodFrom() != null && row.timePeriod().compareTo(q.periodFrom()) < 0) continue;
        if (q.periodTo() != null && row.timePeriod().compareTo(q.periodTo()) > 0) continue;
        if (!levels.isEmpty() && !levels.contains(row.geographicLevel())) continue;
        boolean areaFilter = !areas.isEmpty() || !regions.isEmpty();
        if (areaFilter && !(areas.contains(row.areaCode()) || regions.contains(row.regionCode()))) continue;
        matched.add(row);
      }
    }
    if (order != null) {
      matched.sort(order);
    }
    return matched;
  }

  private static Map<Integer, String> list(List<String> values) {
    Map<Integer, String> m = new LinkedHashMap<>();
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) != null && !values.get(i).isBlank()) {
          m.put(i, values.get(i).trim());
        }
      }
    }
    return m;
  }
}
