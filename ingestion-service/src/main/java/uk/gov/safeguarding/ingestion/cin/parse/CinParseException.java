package uk.gov.safeguarding.ingestion.cin.parse;

/**
 * The return cannot be read: not well-formed XML, a forbidden construct (DTD, entity), a limit
 * exceeded or a value that does not match its schema type. The message names the XML path, line
 * and column only; it never quotes the offending content (which may be child-level data).
 */
public class CinParseException extends RuntimeException {
  /** What went wrong, as a stable rule code for the problem detail. */
  public enum Kind {
    MALFORMED,
    FORBIDDEN_CONSTRUCT,
    LIMIT,
    SCHEMA
  }

  private final Kind kind;
  private final String path;
  private final String rule;
  private final int line;
  private final int column;

  public CinParseException(Kind kind, String rule, String path, int line, int column, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.rule = rule;
    this.path = path;
    this.line = line;
    this.column = column;
  }

  public Kind kind() {
    return kind;
  }

  public String rule() {
    return rule;
  }

  public String path() {
    return path;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
