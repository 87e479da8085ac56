package uk.gov.safeguarding.ingestion.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** One finding of a return version (child-level data: shown only to the LA and DfE). */
@Entity
@Table(name = "cin_return_issue")
@IdClass(ReturnIssue.Key.class)
public class ReturnIssue {
  @Id
  @Column(name = "return_id")
  public UUID returnId;

  @Id public int seq;

  @Column(name = "rule_code")
  public String ruleCode;

  @Column(name = "la_child_id")
  public String laChildId;

  public Integer line;
  public String path;
  public String field;
  public String value;

  /** Composite key. */
  public record Key(UUID returnId, int seq) implements Serializable {
    public Key() {
      this(null, 0);
    }
  }
}
