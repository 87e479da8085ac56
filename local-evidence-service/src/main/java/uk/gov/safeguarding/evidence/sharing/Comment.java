package uk.gov.safeguarding.evidence.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Peer challenge: a comment on an evidence item by someone who may see it. */
@Entity
@Table(name = "evidence_comment")
public class Comment {
  @Id public UUID id;

  @Column(name = "evidence_id")
  public UUID evidenceId;

  public String author;

  @Column(name = "author_la_code")
  public String authorLaCode;

  public String body;

  @Column(name = "created_at")
  public Instant createdAt;
}
