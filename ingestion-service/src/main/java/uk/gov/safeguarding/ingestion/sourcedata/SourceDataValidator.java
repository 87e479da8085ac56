package uk.gov.safeguarding.ingestion.sourcedata;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import uk.gov.safeguarding.ingestion.csv.CsvBodies;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.problem.ProblemType;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Checks a source-data upload as a whole and reports every error at once, each with its path
 * ({@code csv/line/3/numerator}, {@code period}, {@code source}) and rule code. Pure: no
 * database, so an upload with any error stores nothing.
 */
public final class SourceDataValidator {
  public static final String AREA = "areaCode";
  public static final String NUMERATOR = "numerator";
  public static final String DENOMINATOR = "denominator";
  /** Larger than any English LA's children or pupils (Kent has about 330,000 children). */
  static final long MAX_COUNT = 5_000_000L;
  static final int MAX_TEXT = 500;
  static final int FIRST_YEAR = 2010;

  private SourceDataValidator() {}

  public static SourceDataset dataset(String id) {
    return SourceDataset.byId(id)
        .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, 404, "No source dataset " + id + "; GET /v1/source-data lists them",
            List.of(new Problem.FieldError("dataset", "UnknownDataset", "dataset is not one of the catalogue's dataset ids"))));
  }

  /** Validates a CSV body with header areaCode,numerator[,denominator]. */
  public static SourceDataFile validate(SourceDataset dataset, String period, Provenance provenance, String csv) {
    List<Problem.FieldError> errors = new ArrayList<>();
    int collectionYear = collectionYear(dataset, period, errors);
    provenance(provenance, errors);
    List<String> required = dataset.hasDenominator() ? List.of(AREA, NUMERATOR, DENOMINATOR) : List.of(AREA, NUMERATOR);
    List<Map<String, String>> rows = CsvBodies.rows(csv, required);
    Set<String> allowed = Set.of(AREA, NUMERATOR, DENOMINATOR);
    for (String column : new LinkedHashSet<>(rows.get(0).keySet())) {
      if (!allowed.contains(column)) {
        errors.add(new Problem.FieldError("csv/header/" + column, "UnknownColumn",
            "Column " + column + " is not areaCode, numerator or denominator (upload counts, never rates)"));
      }
    }
    TreeMap<String, Counts> values = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      int line = i + 1;
      String la = area(row.get(AREA), line, values, errors);
      Long numerator = count(row, NUMERATOR, line, true, errors);
      Long denominator = null;
      if (dataset.hasDenominator()) {
        denominator = count(row, DENOMINATOR, line, true, errors);
        if (denominator != null && denominator == 0) {
          errors.add(new Problem.FieldError(CsvBodies.cell(line, DENOMINATOR), "Positive", "denominator must be positive"));
          denominator = null;
        }
      } else if (row.get(DENOMINATOR) != null && !row.get(DENOMINATOR).isBlank()) {
        errors.add(new Problem.FieldError(CsvBodies.cell(line, DENOMINATOR), "NoDenominator",
            dataset.id() + " is itself a denominator: leave denominator empty"));
      }
      if (!dataset.hasDenominator() && numerator != null && numerator == 0) {
        errors.add(new Problem.FieldError(CsvBodies.cell(line, NUMERATOR), "Positive", "a population must be positive"));
        numerator = null;
      }
      if (dataset.proportion() && numerator != null && denominator != null && numerator > denominator) {
        errors.add(new Problem.FieldError(CsvBodies.cell(line, NUMERATOR), "NumeratorExceedsDenominator",
            "numerator counts a subset of the denominator and cannot exceed it"));
      }
      if (la != null && numerator != null && (denominator != null || !dataset.hasDenominator())) {
        values.put(la, new Counts(numerator, denominator));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, 400, "The " + dataset.id() + " upload has " + errors.size() + " error(s); nothing was stored", errors);
    }
    return new SourceDataFile(dataset, period, collectionYear, trimmed(provenance), values);
  }

  static int collectionYear(SourceDataset dataset, String period, List<Problem.FieldError> errors) {
    OptionalInt year = dataset.periodType().collectionYear(period);
    if (year.isEmpty()) {
      errors.add(new Problem.FieldError("period", "InvalidPeriod", "period of " + dataset.id() + " must be " + dataset.periodType().format()));
      return 0;
    }
    int max = Year.now().getValue() + 1;
    if (year.getAsInt() < FIRST_YEAR || year.getAsInt() > max) {
      errors.add(new Problem.FieldError("period", "PeriodOutOfRange",
          "period must feed a collection year between " + FIRST_YEAR + " and " + max + " (this one feeds " + year.getAsInt() + ")"));
    }
    return year.getAsInt();
  }

  static void provenance(Provenance p, List<Problem.FieldError> errors) {
    text("source", p.source(), true, errors);
    text("release", p.release(), true, errors);
    text("licence", p.licence(), true, errors);
    if (text("url", p.url(), false, errors) && p.url() != null && !p.url().isBlank()) {
      try {
        URI uri = new URI(p.url().trim());
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
          errors.add(new Problem.FieldError("url", "InvalidUrl", "url must be an http(s) address"));
        }
      } catch (URISyntaxException e) {
        errors.add(new Problem.FieldError("url", "InvalidUrl", "url must be an http(s) address"));
      }
    }
  }

  private static boolean text(String name, String value, boolean required, List<Problem.FieldError> errors) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new Problem.FieldError(name, "Required", name + " (provenance) is required"));
      }
      return false;
    }
    if (value.length() > MAX_TEXT) {
      errors.add(new Problem.FieldError(name, "TooLong", name + " must be at most " + MAX_TEXT + " characters"));
      return false;
    }
    return true;
  }

  private static String area(String code, int line, Map<String, Counts> seen, List<Problem.FieldError> errors) {
    String path = CsvBodies.cell(line, AREA);
    if (code == null || code.isBlank()) {
      errors.add(new Problem.FieldError(path, "Required", "areaCode is required"));
      return null;
    }
    LocalAuthority la = AreaRegistry.standard().find(code.trim()).orElse(null);
    if (la == null) {
      errors.add(new Problem.FieldError(path, "UnknownArea", "areaCode is not a live local authority (old three-digit or GSS code)"));
      return null;
    }
    if (seen.containsKey(la.oldCode())) {
      errors.add(new Problem.FieldError(path, "DuplicateArea", "local authority " + la.oldCode() + " appears more than once"));
      return null;
    }
    seen.put(la.oldCode(), null);
    return la.oldCode();
  }

  private static Long count(Map<String, String> row, String column, int line, boolean required, List<Problem.FieldError> errors) {
    String path = CsvBodies.cell(line, column);
    String raw = row.get(column);
    if (raw == null || raw.isBlank()) {
      if (required) {
        errors.add(new Problem.FieldError(path, "Required", column + " is required"));
      }
      return null;
    }
    BigDecimal d;
    try {
      d = new BigDecimal(raw.trim());
    } catch (NumberFormatException e) {
      errors.add(new Problem.FieldError(path, "InvalidNumber", column + " is not a number"));
      return null;
    }
    if (d.signum() < 0) {
      errors.add(new Problem.FieldError(path, "NonNegative", column + " must not be negative"));
      return null;
    }
    if (d.stripTrailingZeros().scale() > 0) {
      errors.add(new Problem.FieldError(path, "WholeNumber", column + " must be a whole number (a count, not a rate)"));
      return null;
    }
    if (d.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
      errors.add(new Problem.FieldError(path, "Implausible", column + " exceeds " + MAX_COUNT + ", more than any local authority holds"));
      return null;
    }
    return d.longValueExact();
  }

  private static Provenance trimmed(Provenance p) {
    return new Provenance(strip(p.source()), strip(p.release()), strip(p.licence()), strip(p.url()));
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
