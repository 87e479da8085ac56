package uk.gov.safeguarding.evidence.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import uk.gov.safeguarding.evidence.common.Theme;
import uk.gov.safeguarding.evidence.common.Visibility;

/** One periodic self-assessment of a theme. Never updated: a new one is added each time. */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment {
  @Id public UUID id;

  @Column(name = "la_code")
  public String laCode;

  @Column(name = "la_gss_code")
  public String laGssCode;

  @Column(name = "region_code")
  public String regionCode;

  @Enumerated(EnumType.STRING)
  public Theme theme;

  public String period;

  @Enumerated(EnumType.STRING)
  public Rating rating;

  public String narrative;

  @Enumerated(EnumType.STRING)
  public Visibility visibility;

  public boolean synthetic;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;
}
