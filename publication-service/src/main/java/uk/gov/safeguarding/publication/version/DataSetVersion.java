package uk.gov.safeguarding.publication.version;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a data set. Its content and files never change once it leaves Draft. */
@Entity
@Table(name = "data_set_version")
public class DataSetVersion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "data_set_id")
  public String dataSetId;

  public String version;
  public int major;
  public int minor;
  public int patch;

  @Enumerated(EnumType.STRING)
  public VersionStatus status;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "published_at")
  public Instant publishedAt;

  @Column(name = "scheduled_for")
  public Instant scheduledFor;

  @Column(name = "content_hash")
  public String contentHash;

  @Column(name = "based_on")
  public String basedOn;

  public String notice;

  @Column(name = "status_reason")
  public String statusReason;

  @Column(name = "superseded_by")
  public String supersededBy;

  @Column(name = "row_count")
  public int rowCount;

  public void setVersion(String v) {
    int[] parts = uk.gov.safeguarding.publication.content.VersionChanges.parse(v);
    this.version = v;
    this.major = parts[0];
    this.minor = parts[1];
    this.patch = parts[2];
  }
}
