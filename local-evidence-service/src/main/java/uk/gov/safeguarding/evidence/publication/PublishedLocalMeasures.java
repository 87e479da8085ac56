package uk.gov.safeguarding.evidence.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The last public local-measure set announced for an LA and period. */
@Entity
@Table(name = "published_local_measures")
@IdClass(PublishedLocalMeasures.Key.class)
public class PublishedLocalMeasures {
  @Id
  @Column(name = "la_code")
  public String laCode;

  @Id public String period;

  public long revision;

  /** Canonical JSON of the measure list (EventJson), compared to detect a change. */
  @org.hibernate.annotations.ColumnTransformer(write = "?::jsonb")
  @Column(columnDefinition = "jsonb")
  public String measures;

  @Column(name = "published_at")
  public Instant publishedAt;

  public static class Key implements Serializable {
    public String laCode;
    public String period;

    public Key() {}

    public Key(String laCode, String period) {
      this.laCode = laCode;
      this.period = period;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(k.laCode, laCode) && Objects.equals(k.period, period);
    }

    @Override
    public int hashCode() {
      return Objects.hash(laCode, period);
    }
  }
}
