package uk.gov.safeguarding.events;

/** Kafka topic names. Every event is keyed by the GSS code of the area it concerns (or the collection year for national snapshots). */
public final class Topics {
  /** Aggregate measures per LA and collection year, from CIN returns, workforce returns and other-source uploads. */
  public static final String MEASURES = "safeguarding.measures.v1";
  /** A snapshot of every indicator value for one collection year, from indicator-service. */
  public static final String INDICATORS = "safeguarding.indicators.v1";
  /** A data set version was published, corrected or withdrawn, from publication-service. */
  public static final String RELEASES = "safeguarding.releases.v1";
  /** Local evidence shared with peers, from local-evidence-service. */
  public static final String EVIDENCE = "safeguarding.evidence.v1";

  private Topics() {}
}
