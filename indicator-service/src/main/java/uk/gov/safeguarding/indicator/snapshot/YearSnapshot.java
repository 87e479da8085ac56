package uk.gov.safeguarding.indicator.snapshot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The latest computed snapshot of one collection year. */
@Entity
@Table(name = "year_snapshot")
public class YearSnapshot {
  @Id
  @Column(name = "collection_year")
  public Integer collectionYear;

  @Column(name = "content_hash")
  public String contentHash;

  @Column(name = "event_id")
  public UUID eventId;

  @Column(name = "computed_at")
  public Instant computedAt;

  /** JSON of the {@code YearResult}, as stored before {@link #resultBinary}; null once rewritten. */
  public String result;

  /** The {@code YearResult} in {@link YearResultCodec}'s form. */
  @Column(name = "result_binary")
  public byte[] resultBinary;
}
