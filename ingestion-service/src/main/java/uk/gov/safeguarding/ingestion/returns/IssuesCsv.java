package uk.gov.safeguarding.ingestion.returns;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The CSV form of an issues report: a header, then one row per finding, whole-return findings first. */
final class IssuesCsv {
  private static final CsvMapper CSV = new CsvMapper();
  private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

  private IssuesCsv() {}

  static String render(IssuesReport report) {
    List<Row> rows = new ArrayList<>();
    report.returnLevel().forEach(i -> rows.add(Row.of("RETURN", i)));
    report.children().forEach(i -> rows.add(Row.of("CHILD", i)));
    try {
      return CSV.writer(SCHEMA).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One CSV row of the issues report. */
  @JsonPropertyOrder({"scope", "rule", "type", "module", "message", "laChildId", "line", "path", "field", "value"})
  record Row(String scope, String rule, String type, String module, String message, String laChildId, Integer line, String path, String field, String value) {
    static Row of(String scope, IssuesReport.Issue i) {
      return new Row(scope, i.rule(), i.type(), i.module(), i.message(), i.laChildId(), i.line(), i.path(), i.field(), i.value());
    }
  }
}
