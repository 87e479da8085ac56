package uk.gov.safeguarding.indicator.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The latest measures of one LA, collection year and source (JSON maps of counts and distributions). */
@Entity
@Table(name = "measure_set")
public class MeasureSet {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "la_code")
  public String laCode;

  @Column(name = "old_la_code")
  public String oldLaCode;

  @Column(name = "collection_year")
  public int collectionYear;

  public String source;

  @Column(name = "source_id")
  public String sourceId;

  @Column(name = "source_version")
  public int sourceVersion;

  /** Increases when the same source version's measures were derived again (see MeasuresComputed). */
  @Column(name = "source_revision")
  public int sourceRevision;

  @Column(name = "content_hash")
  public String contentHash;

  @Column(name = "event_id")
  public UUID eventId;

  public String counts;

  public String distributions;

  @Column(name = "received_at")
  public Instant receivedAt;
}
