package uk.gov.safeguarding.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * England's areas for children's services: the 153 live local authorities, their regions and
 * statistical neighbours, plus England. Loaded once from the files in {@code /reference}.
 */
public final class AreaRegistry {
  public static final String ENGLAND_CODE = "E92000001";
  public static final String ENGLAND_NAME = "England";

  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final AreaRegistry DEFAULT = load();

  private final List<LocalAuthority> all;
  private final Map<String, LocalAuthority> liveByOldCode;
  private final Map<String, LocalAuthority> byGssCode;
  private final Map<String, Region> regions;
  private final Map<String, List<StatisticalNeighbour>> neighbours;

  private AreaRegistry(
      List<LocalAuthority> all,
      Map<String, Region> regions,
      Map<String, List<StatisticalNeighbour>> neighbours) {
    this.all = List.copyOf(all);
    this.regions = Collections.unmodifiableMap(regions);
    this.neighbours = Collections.unmodifiableMap(neighbours);
    Map<String, LocalAuthority> live = new LinkedHashMap<>();
    Map<String, LocalAuthority> gss = new LinkedHashMap<>();
    for (LocalAuthority la : all) {
      gss.put(la.gssCode(), la);
      if (la.isLive()) {
        live.put(la.oldCode(), la);
      }
    }
    this.liveByOldCode = Collections.unmodifiableMap(live);
    this.byGssCode = Collections.unmodifiableMap(gss);
  }

  /** The registry built from the files shipped in this module. */
  public static AreaRegistry standard() {
    return DEFAULT;
  }

  /** Live local authorities, ordered by GSS code. */
  public List<LocalAuthority> liveAuthorities() {
    return liveByOldCode.values().stream()
        .sorted(Comparator.comparing(LocalAuthority::gssCode))
        .toList();
  }

  /** Every authority in the file, including terminated predecessors. */
  public List<LocalAuthority> allAuthorities() {
    return all;
  }

  public Optional<LocalAuthority> byOldCode(String oldCode) {
    return Optional.ofNullable(liveByOldCode.get(oldCode));
  }

  public Optional<LocalAuthority> byGssCode(String gssCode) {
    return Optional.ofNullable(byGssCode.get(gssCode));
  }

  /** Finds a live LA by either its GSS code or its old three-digit code. */
  public Optional<LocalAuthority> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String trimmed = code.trim().toUpperCase();
    return byOldCode(trimmed).or(() -> byGssCode(trimmed).filter(LocalAuthority::isLive));
  }

  /** The nine English regions (E12), ordered by code. */
  public List<Region> regions() {
    return regions.values().stream()
        .filter(r -> r.gssCode().startsWith("E12"))
        .sorted(Comparator.comparing(Region::gssCode))
        .toList();
  }

  public Optional<Region> region(String gssCode) {
    return Optional.ofNullable(regions.get(gssCode));
  }

  /** An LA's statistical neighbours, closest first; empty for an unknown code. */
  public List<StatisticalNeighbour> neighbours(String oldCode) {
    return neighbours.getOrDefault(oldCode, List.of());
  }

  private static AreaRegistry load() {
    Map<String, Region> regions = new LinkedHashMap<>();
    for (Map<String, String> row : rows("regions.csv")) {
      regions.put(row.get("region_code"), new Region(row.get("region_code"), row.get("region_name")));
    }
    List<LocalAuthority> las = new ArrayList<>();
    for (Map<String, String> row : rows("las.csv")) {
      String oldCode = row.get("old_la_code");
      String start = row.get("date_of_operation");
      // Skip rows that are not one LA with children's services: combined codes ("314 / 318"),
      // British Forces overseas (702, no GSS area), rows without a start date.
      if (oldCode == null || !oldCode.matches("\\d{3}") || "702".equals(oldCode) || start == null || start.isBlank()) {
        continue;
      }
      String regionCode = row.get("parent_geography_code");
      Region region = regions.get(regionCode);
      String end = row.get("date_of_termination");
      las.add(
          new LocalAuthority(
              row.get("new_la_code"),
              row.get("old_la_code"),
              row.get("la_name"),
              regionCode,
              region == null ? null : region.name(),
              LocalDate.parse(row.get("date_of_operation"), UK_DATE),
              end == null || end.isBlank()
                  ? Optional.empty()
                  : Optional.of(LocalDate.parse(end, UK_DATE))));
    }
    Map<String, List<StatisticalNeighbour>> neighbours = new LinkedHashMap<>();
    for (Map<String, String> row : rows("statistical-neighbours-2025.csv")) {
      neighbours
          .computeIfAbsent(row.get("old_la_code"), k -> new ArrayList<>())
          .add(
              new StatisticalNeighbour(
                  row.get("neighbour_old_la_code"),
                  Integer.parseInt(row.get("rank")),
                  row.get("closeness")));
    }
    neighbours.replaceAll(
        (k, v) -> v.stream().sorted(Comparator.comparingInt(StatisticalNeighbour::rank)).toList());
    return new AreaRegistry(las, regions, neighbours);
  }

  private static List<Map<String, String>> rows(String file) {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (InputStream in = AreaRegistry.class.getResourceAsStream("/reference/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Missing reference file " + file);
      }
      MappingIterator<Map<String, String>> it =
          mapper.readerForMapOf(String.class).with(schema).readValues(in);
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
