package uk.gov.safeguarding.ingestion.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.problem.ProblemType;

/**
 * Reads small CSV bodies (a header row, then data rows) with jackson-dataformat-csv, for the
 * aggregate uploads (workforce, population). Errors name the line and column.
 */
public final class CsvBodies {
  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvBodies() {}

  /** Rows as header-to-value maps (blank values become null). */
  public static List<Map<String, String>> rows(String body, List<String> requiredColumns) {
    if (body == null || body.isBlank()) {
      throw ProblemException.validation("csv", "EmptyBody", "The CSV body is empty");
    }
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withNullValue("");
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema).readValues(body.strip())) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    } catch (IOException | RuntimeException e) {
      throw new ProblemException(ProblemType.MALFORMED, 400, "The CSV body cannot be read",
          List.of(new Problem.FieldError("csv", "MalformedCsv", "The CSV body cannot be read")));
    }
    if (rows.isEmpty()) {
      throw ProblemException.validation("csv", "NoRows", "The CSV body has a header but no data row");
    }
    List<Problem.FieldError> missing = new ArrayList<>();
    for (String column : requiredColumns) {
      if (!rows.get(0).containsKey(column)) {
        missing.add(new Problem.FieldError("csv/header/" + column, "MissingColumn", "The CSV header lacks column " + column));
      }
    }
    if (!missing.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, 400, "The CSV header lacks " + missing.size() + " column(s)", missing);
    }
    return rows;
  }

  /** Path of a cell: data row n (1-based) is line n + 1 of the file. */
  public static String cell(int row, String column) {
    return "csv/line/" + (row + 1) + "/" + column;
  }

  /** A decimal cell, or null when blank; adds an InvalidNumber error when not a number. */
  public static BigDecimal decimal(Map<String, String> row, String column, int index, List<Problem.FieldError> errors) {
    String raw = row.get(column);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(raw.trim());
    } catch (NumberFormatException e) {
      errors.add(new Problem.FieldError(cell(index, column), "InvalidNumber", column + " is not a number"));
      return null;
    }
  }
}
