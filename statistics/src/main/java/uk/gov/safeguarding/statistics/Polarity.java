package uk.gov.safeguarding.statistics;

/** Whether a higher value is better, worse, or neither (Fingertips' polarity). */
public enum Polarity {
  LOW_IS_GOOD,
  HIGH_IS_GOOD,
  NO_JUDGEMENT
}
