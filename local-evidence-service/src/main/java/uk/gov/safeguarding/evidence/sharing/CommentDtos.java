package uk.gov.safeguarding.evidence.sharing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CommentDtos {
  private CommentDtos() {}

  @Schema(name = "NewComment")
  public record NewComment(@NotBlank @Size(max = 5000) String body) {}

  /**
   * @param authorLaCode the commenting LA (old code), or null for a national body
   */
  @Schema(name = "Comment")
  public record View(UUID id, UUID evidenceId, String author, String authorLaCode, String authorName, String body, Instant createdAt) {
    static View of(Comment c) {
      String name =
          c.authorLaCode == null
              ? "National body"
              : uk.gov.safeguarding.reference.AreaRegistry.standard().byOldCode(c.authorLaCode).map(l -> l.name()).orElse(c.authorLaCode);
      return new View(c.id, c.evidenceId, c.author, c.authorLaCode, name, c.body, c.createdAt);
    }
  }
}
