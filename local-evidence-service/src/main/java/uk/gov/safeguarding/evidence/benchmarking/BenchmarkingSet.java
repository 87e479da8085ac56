package uk.gov.safeguarding.evidence.benchmarking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A region's own benchmarking set: national indicators and local measures its LAs compare. */
@Entity
@Table(name = "benchmarking_set")
public class BenchmarkingSet {
  @Id public UUID id;

  @Column(name = "region_code")
  public String regionCode;

  public String name;
  public String description;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  public List<String> indicators = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "local_measures", columnDefinition = "text[]")
  public List<String> localMeasures = new ArrayList<>();

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_by_la")
  public String createdByLa;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
