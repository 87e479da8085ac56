package uk.gov.safeguarding.evidence.evidence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.safeguarding.evidence.common.Visibility;

/** How an LA answers a local question (or sub-part) for a period. */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem {
  @Id public UUID id;

  @Column(name = "la_code")
  public String laCode;

  @Column(name = "la_gss_code")
  public String laGssCode;

  @Column(name = "region_code")
  public String regionCode;

  @Column(name = "question_id")
  public String questionId;

  @Column(name = "question_version")
  public int questionVersion;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  public List<String> parts = new ArrayList<>();

  public String period;

  @Column(name = "covered_from")
  public LocalDate coveredFrom;

  @Column(name = "covered_to")
  public LocalDate coveredTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_type")
  public SourceType sourceType;

  public String method;
  public Integer respondents;
  public String findings;

  @Column(name = "actions_taken")
  public String actionsTaken;

  @Column(name = "service_development")
  public String serviceDevelopment;

  public String owner;

  @Enumerated(EnumType.STRING)
  public EvidenceStatus status;

  @Enumerated(EnumType.STRING)
  public Visibility visibility;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "national_indicators", columnDefinition = "text[]")
  public List<String> nationalIndicators = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "lines_of_enquiry", columnDefinition = "text[]")
  public List<String> linesOfEnquiry = new ArrayList<>();

  public boolean synthetic;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "evidence_measure", joinColumns = @JoinColumn(name = "evidence_id"))
  @OrderColumn(name = "position")
  public List<EvidenceMeasure> measures = new ArrayList<>();

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  @Version
  @Column(name = "row_version")
  public long rowVersion;
}
