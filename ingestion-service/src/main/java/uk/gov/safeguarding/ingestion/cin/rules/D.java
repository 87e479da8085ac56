package uk.gov.safeguarding.ingestion.cin.rules;

import java.time.LocalDate;

/** Null-safe date comparisons for rules: a comparison with a missing date is false. */
final class D {
  private D() {}

  static boolean before(LocalDate a, LocalDate b) {
    return a != null && b != null && a.isBefore(b);
  }

  static boolean after(LocalDate a, LocalDate b) {
    return a != null && b != null && a.isAfter(b);
  }

  static boolean same(LocalDate a, LocalDate b) {
    return a != null && a.equals(b);
  }

  /** True when d lies strictly inside (start, end), end null meaning still open. */
  static boolean strictlyWithin(LocalDate d, LocalDate start, LocalDate end) {
    return d != null && start != null && d.isAfter(start) && (end == null || d.isBefore(end));
  }
}
