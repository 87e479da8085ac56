package uk.gov.safeguarding.ingestion.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The aggregates derived from one accepted CIN return version, as the event carried them. */
@Entity
@Table(name = "cin_measures")
public class CinMeasures {
  @Id
  @Column(name = "return_id")
  public UUID returnId;

  @Column(name = "la_code")
  public String laCode;

  @Column(name = "collection_year")
  public int collectionYear;

  public int version;

  /** 0 when derived on acceptance; increases with each derivation after its history changed. */
  public int revision;

  @Column(name = "content_hash")
  public String contentHash;

  @Column(name = "event_id")
  public UUID eventId;

  /** JSON object: measure code to count. */
  public String counts;

  /** JSON object: measure code to {days: cases}. */
  public String distributions;

  @Column(name = "computed_at")
  public Instant computedAt;
}
