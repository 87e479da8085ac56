package uk.gov.safeguarding.publication.content;

/**
 * GSS symbols for values that are not published as a number. A published number has no symbol
 * (status null in JSON, empty in CSV).
 */
public final class ValueStatus {
  /** Confidential: suppressed by disclosure control. */
  public static final String SUPPRESSED = "c";
  /** Not available (not collected or not computable). */
  public static final String UNAVAILABLE = "x";
  /** Not applicable (e.g. no denominator). */
  public static final String NOT_APPLICABLE = "z";
  /** Positive but rounds to zero. */
  public static final String LOW = "low";

  private ValueStatus() {}
}
