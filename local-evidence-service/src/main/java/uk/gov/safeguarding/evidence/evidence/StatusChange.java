package uk.gov.safeguarding.evidence.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The audit trail of the review workflow. */
@Entity
@Table(name = "evidence_status_change")
public class StatusChange {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "evidence_id")
  public UUID evidenceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public EvidenceStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public EvidenceStatus toStatus;

  public String note;

  @Column(name = "changed_by")
  public String changedBy;

  @Column(name = "changed_at")
  public Instant changedAt;
}
