package uk.gov.safeguarding.publication.localmeasure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The latest revision of one LA's public local measures for one period (aggregates only). */
@Entity
@Table(name = "local_measure_submission")
public class LocalMeasureSubmission {
  @EmbeddedId public Key id;

  @Column(name = "old_la_code")
  public String oldLaCode;

  public long revision;

  /** The event's measures as JSON (numerators and denominators, never responses). */
  public String measures;

  @Column(name = "received_at")
  public Instant receivedAt;

  @Embeddable
  public record Key(@Column(name = "la_code") String laCode, @Column(name = "period") String period) implements Serializable {}
}
