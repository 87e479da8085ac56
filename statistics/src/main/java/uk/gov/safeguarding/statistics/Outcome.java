package uk.gov.safeguarding.statistics;

/**
 * Fingertips' comparison of an area with a benchmark. With polarity: BETTER / SIMILAR / WORSE;
 * without: LOWER / SIMILAR / HIGHER. NOT_COMPARED when either value is missing.
 */
public enum Outcome {
  BETTER,
  SIMILAR,
  WORSE,
  LOWER,
  HIGHER,
  NOT_COMPARED;

  public boolean isSignificant() {
    return this == BETTER || this == WORSE || this == LOWER || this == HIGHER;
  }
}
