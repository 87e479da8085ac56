package uk.gov.safeguarding.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The local measures one LA has marked public (e.g. "% of children in contact with social care
 * who feel safe at home"), as aggregates: numerator and denominator only, never responses.
 * The latest event per (laCode, period) replaces earlier ones; an empty list withdraws them.
 */
public record LocalMeasuresPublished(
    int schemaVersion,
    UUID eventId,
    Instant occurredAt,
    String laCode,
    String oldLaCode,
    String period,
    long revision,
    List<LocalMeasure> measures) {

  public static final int SCHEMA_VERSION = 1;

  /**
   * @param measureId stable id of the local measure, e.g. "feel-safe-at-home"
   * @param questionId the local question it evidences
   * @param method e.g. "survey of children in contact with social care"
   */
  public record LocalMeasure(
      String measureId,
      String title,
      String questionId,
      String theme,
      String method,
      BigDecimal numerator,
      BigDecimal denominator,
      String unit) {}
}
