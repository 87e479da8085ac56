package uk.gov.safeguarding.evidence.evidence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves an evidence item along the review workflow. */
@Schema(name = "EvidenceTransition")
public record Transition(@NotNull EvidenceStatus status, @Size(max = 2000) String note) {

  @Schema(name = "EvidenceStatusChange")
  public record View(EvidenceStatus fromStatus, EvidenceStatus toStatus, String note, String changedBy, Instant changedAt) {
    static View of(StatusChange c) {
      return new View(c.fromStatus, c.toStatus, c.note, c.changedBy, c.changedAt);
    }
  }
}
