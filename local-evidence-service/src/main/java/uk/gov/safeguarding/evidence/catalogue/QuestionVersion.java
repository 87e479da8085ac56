package uk.gov.safeguarding.evidence.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One wording of a question. Never updated: rewording adds a version. */
@Entity
@Table(name = "question_version")
@IdClass(QuestionVersion.Key.class)
public class QuestionVersion {
  @Id
  @Column(name = "question_id")
  public String questionId;

  @Id public int version;

  public String text;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public List<Clause> parts = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "follow_ups", columnDefinition = "jsonb")
  public List<Clause> followUps = new ArrayList<>();

  public String source;

  @Column(name = "change_note")
  public String changeNote;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;

  /** Composite key (question, version). */
  public static class Key implements Serializable {
    public String questionId;
    public int version;

    public Key() {}

    public Key(String questionId, int version) {
      this.questionId = questionId;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.version == version && Objects.equals(k.questionId, questionId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(questionId, version);
    }
  }
}
