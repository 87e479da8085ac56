package uk.gov.safeguarding.ingestion.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of an LA's CIN census return for a collection year. */
@Entity
@Table(name = "cin_return")
public class CinReturn {
  @Id public UUID id;

  @Column(name = "la_code")
  public String laCode;

  @Column(name = "la_gss_code")
  public String laGssCode;

  @Column(name = "collection_year")
  public int collectionYear;

  public Integer version;

  @Enumerated(EnumType.STRING)
  public ReturnStatus status;

  public int children;
  public long errors;
  public long queries;

  @Column(name = "return_level_errors")
  public long returnLevelErrors;

  @Column(name = "return_level_queries")
  public long returnLevelQueries;

  @Column(name = "content_hash")
  public String contentHash;

  @Column(name = "idempotency_key")
  public String idempotencyKey;

  @Column(name = "submitted_by")
  public String submittedBy;

  @Column(name = "received_at")
  public OffsetDateTime receivedAt;

  @Column(name = "completed_at")
  public OffsetDateTime completedAt;
}
