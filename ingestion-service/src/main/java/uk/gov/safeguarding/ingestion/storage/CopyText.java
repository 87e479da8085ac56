package uk.gov.safeguarding.ingestion.storage;

import java.util.List;

/**
 * Rows in PostgreSQL's {@code COPY} text format: tab-separated values, one row per line, {@code
 * \N} for NULL, backslash escapes for backslash, tab and line breaks. Values are written with
 * {@link Object#toString()}: strings, numbers, UUIDs and ISO dates.
 */
final class CopyText {
  private CopyText() {}

  /** {@code copy <table> (<columns>) from stdin}. */
  static String command(String table, List<String> columns) {
    return "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
  }

  /** Appends one row, after checking it has one value per column. */
  static void appendRow(StringBuilder out, int columns, Object... values) {
    if (values.length != columns) {
      throw new IllegalArgumentException("Expected " + columns + " values, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      if (values[i] == null) {
        out.append("\\N");
      } else {
        escape(values[i].toString(), out);
      }
    }
    out.append('\n');
  }

  static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
  }
}
