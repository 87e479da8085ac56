package uk.gov.safeguarding.ingestion.cin.rules;

import java.time.LocalDate;
import uk.gov.safeguarding.ingestion.cin.model.CinHeader;
import uk.gov.safeguarding.reference.calendar.WorkingDays;

/**
 * What rules know about the return as a whole: the census period (1 April to 31 March of the
 * collection year, from the header's Year) and the working-day calendar.
 */
public record RuleContext(CinHeader header, int collectionYear, LocalDate periodStart, LocalDate periodEnd, WorkingDays workingDays) {
  public static RuleContext of(CinHeader header) {
    return new RuleContext(header, header.collectionYear(), header.periodStart(), header.periodEnd(), WorkingDays.england());
  }

  /** The census date: 31 March of the collection year. */
  public LocalDate referenceDate() {
    return periodEnd;
  }

  public boolean inPeriod(LocalDate d) {
    return d != null && !d.isBefore(periodStart) && !d.isAfter(periodEnd);
  }
}
