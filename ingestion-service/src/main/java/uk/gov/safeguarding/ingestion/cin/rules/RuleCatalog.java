package uk.gov.safeguarding.ingestion.cin.rules;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CIN census rules: metadata from {@code cin/validation-rules.csv} (one row per rule and
 * range of collection years) joined with their implementations. The rules in force for a year
 * are the rows whose year range contains it, so a new year's changes are a small diff of that
 * file (and of the implementations).
 */
public final class RuleCatalog {
  /**
   * Collection years (the year the collection ends) whose schema and rules we support. 2023's
   * schema is identical to 2024's; 2022's differs only by lacking referral source 5D and closure
   * reason RC9 (see {@link Codes}). No rule list older than 2022/23 is held, so 2022 returns are
   * checked with the 2022/23 rules: an assumption, stated in docs/services/ingestion-service.md.
   */
  public static final Set<Integer> SUPPORTED_YEARS = Set.of(2022, 2023, 2024, 2025, 2026);

  private static final RuleCatalog STANDARD = new RuleCatalog(load("/cin/validation-rules.csv"), implementations(), readings("/cin/rule-readings.csv"));

  private final List<RuleInfo> infos;
  private final Map<String, CinRule> rules;
  private final Map<String, String> readings;

  RuleCatalog(List<RuleInfo> infos, Map<String, CinRule> rules) {
    this(infos, rules, Map.of());
  }

  RuleCatalog(List<RuleInfo> infos, Map<String, CinRule> rules, Map<String, String> readings) {
    this.infos = List.copyOf(infos);
    this.rules = Map.copyOf(rules);
    this.readings = Map.copyOf(readings);
    Set<String> described = infos.stream().map(RuleInfo::code).collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(described);
    missing.removeAll(rules.keySet());
    Set<String> undescribed = new TreeSet<>(rules.keySet());
    undescribed.removeAll(described);
    if (!missing.isEmpty() || !undescribed.isEmpty()) {
      throw new IllegalStateException("Rules without implementation " + missing + ", implementations without metadata " + undescribed);
    }
    Set<String> unknown = new TreeSet<>(readings.keySet());
    unknown.removeAll(described);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("Readings of rules not in the list " + unknown);
    }
  }

  public static RuleCatalog standard() {
    return STANDARD;
  }

  /** Every rule row (all years). */
  public List<RuleInfo> all() {
    return infos;
  }

  /** The rules in force in a collection year, by code. */
  public List<RuleInfo> forYear(int collectionYear) {
    return infos.stream().filter(r -> r.inForce(collectionYear)).sorted(Comparator.comparing(RuleCatalog::sortKey)).toList();
  }

  public Optional<RuleInfo> info(String code, int collectionYear) {
    return infos.stream().filter(r -> r.code().equals(code) && r.inForce(collectionYear)).findFirst();
  }

  /** Our reading of a rule where it differs from (or settles) the literal DfE wording, and why. */
  public Optional<String> reading(String code) {
    return Optional.ofNullable(readings.get(code));
  }

  public CinRule implementation(String code) {
    return rules.get(code);
  }

  /** Numeric order of codes: 100, 1103, ..., 8950Q. */
  static long sortKey(RuleInfo r) {
    return Long.parseLong(r.code().replaceAll("\\D", "")) * 2 + (r.code().endsWith("Q") ? 1 : 0);
  }

  static Map<String, CinRule> implementations() {
    Map<String, CinRule> map = new LinkedHashMap<>();
    Stream.of(
            ChildIdentifierRules.rules(),
            CharacteristicsRules.rules(),
            CinDetailsRules.rules(),
            AssessmentRules.rules(),
            Section47Rules.rules(),
            PlanRules.rules(),
            ReturnLevelRules.rules())
        .flatMap(List::stream)
        .forEach(r -> {
          if (map.put(r.code(), r) != null) {
            throw new IllegalStateException("Rule " + r.code() + " is implemented twice");
          }
        });
    return map;
  }

  private static Map<String, String> readings(String resource) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.ALLOW_COMMENTS);
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = RuleCatalog.class.getResourceAsStream(resource);
        MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader().withComments()).readValues(in)) {
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        if (out.put(row.get("code"), row.get("reading")) != null) {
          throw new IllegalStateException("Rule " + row.get("code") + " has two readings");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<RuleInfo> load(String resource) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.ALLOW_COMMENTS);
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    List<RuleInfo> out = new ArrayList<>();
    try (InputStream in = RuleCatalog.class.getResourceAsStream(resource);
        MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(in)) {
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        out.add(new RuleInfo(
            row.get("code"),
            "Query".equalsIgnoreCase(row.get("type")) ? RuleType.QUERY : RuleType.ERROR,
            row.get("module"),
            row.get("message"),
            Arrays.stream(row.get("fields").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
            Integer.parseInt(row.get("from_year")),
            Integer.parseInt(row.get("to_year"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
