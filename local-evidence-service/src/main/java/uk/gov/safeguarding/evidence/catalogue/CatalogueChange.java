package uk.gov.safeguarding.evidence.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to the catalogue; the highest revision is the catalogue's version. */
@Entity
@Table(name = "catalogue_change")
public class CatalogueChange {
  public enum Kind {
    SEEDED,
    ADDED,
    REWORDED,
    RETIRED,
    REINSTATED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long revision;

  @Column(name = "question_id")
  public String questionId;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  public int version;

  public String note;

  @Column(name = "changed_by")
  public String changedBy;

  @Column(name = "changed_at")
  public Instant changedAt;
}
