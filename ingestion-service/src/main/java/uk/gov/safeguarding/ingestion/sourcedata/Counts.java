package uk.gov.safeguarding.ingestion.sourcedata;

/** One area's numerator and denominator (null for a dataset without one), both counts. */
public record Counts(long numerator, Long denominator) {}
