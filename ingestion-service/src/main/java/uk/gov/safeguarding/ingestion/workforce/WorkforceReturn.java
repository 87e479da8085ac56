package uk.gov.safeguarding.ingestion.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One version of an LA's workforce return for a collection year. */
@Entity
@Table(name = "workforce_return")
public class WorkforceReturn {
  @Id public UUID id;

  @Column(name = "la_code")
  public String laCode;

  @Column(name = "collection_year")
  public int collectionYear;

  public int version;

  @Column(name = "content_hash")
  public String contentHash;

  @Column(name = "social_workers_fte")
  public BigDecimal socialWorkersFte;

  @Column(name = "vacancies_fte")
  public BigDecimal vacanciesFte;

  @Column(name = "leavers_fte")
  public BigDecimal leaversFte;

  @Column(name = "agency_fte")
  public BigDecimal agencyFte;

  @Column(name = "absence_days")
  public BigDecimal absenceDays;

  @Column(name = "working_days_available")
  public BigDecimal workingDaysAvailable;

  @Column(name = "cases_held")
  public int casesHeld;

  @Column(name = "submitted_by")
  public String submittedBy;

  @Column(name = "submitted_at")
  public Instant submittedAt;
}
