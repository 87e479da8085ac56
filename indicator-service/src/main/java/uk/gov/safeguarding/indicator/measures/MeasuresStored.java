package uk.gov.safeguarding.indicator.measures;

/**
 * Fired inside the intake transaction when an LA's measures for a year were stored; observers
 * that wait for the commit ({@code TransactionPhase.AFTER_SUCCESS}) hear it only once the dirty
 * mark is visible to every replica.
 */
public record MeasuresStored(String laCode, int collectionYear) {}
