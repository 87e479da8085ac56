package uk.gov.safeguarding.events;

/** Kafka topic names. Every event is keyed by the GSS code of the area it concerns (or the collection year for national snapshots). */
public final class Topics {
  /** Aggregate measures per LA and collection year, from CIN returns, workforce returns and other-source uploads. */
  public static final String MEASURES = "safeguarding.measures.v1";
  /**
   * Retired: whole-year snapshots (IndicatorsComputed v1-v2), no longer produced since indicator
   * values travel as {@link #INDICATOR_CHANGES}; kept so that its name is not reused.
   */
  public static final String INDICATORS = "safeguarding.indicators.v1";
  /** What changed in one collection year's indicator values (IndicatorsChanged), from indicator-service. */
  public static final String INDICATOR_CHANGES = "safeguarding.indicator-changes.v1";
  /** A data set version was published, corrected or withdrawn, from publication-service. */
  public static final String RELEASES = "safeguarding.releases.v1";
  /** Local evidence shared with peers, from local-evidence-service. */
  public static final String EVIDENCE = "safeguarding.evidence.v1";

  private Topics() {}
}
