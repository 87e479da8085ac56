package uk.gov.safeguarding.evidence.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.safeguarding.evidence.common.Theme;

/** A local question of the framework; its wordings are {@link QuestionVersion}s. */
@Entity
@Table(name = "question")
public class Question {
  public enum Status {
    ACTIVE,
    RETIRED
  }

  @Id public String id;

  @Enumerated(EnumType.STRING)
  public Theme theme;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "related_themes", columnDefinition = "text[]")
  public List<String> relatedThemes = new ArrayList<>();

  @Column(name = "source_section")
  public String sourceSection;

  public int position;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "current_version")
  public int currentVersion;

  @Column(name = "retired_at")
  public Instant retiredAt;

  @Column(name = "retired_reason")
  public String retiredReason;
}
