package uk.gov.safeguarding.ingestion.childids;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer of a child-id check: digests in, one yes/no per digest out, never an id. */
public final class ChildIdCheck {
  private ChildIdCheck() {}

  /**
   * @param nonce fresh random bytes chosen by the caller for this request (hex, 32-128 digits)
   * @param digests HMAC-SHA256(key = nonce bytes, message = candidate UTF-8) of each candidate, hex
   */
  @Schema(name = "ChildIdCheckRequest", description = "Candidates hashed with a caller nonce; the candidates themselves are never sent")
  public record Request(
      @Schema(example = "8f1d0c6a3b5e47d29a0f6e1c2b3d4a5f") String nonce,
      @Schema(description = "HMAC-SHA256 of each candidate keyed with the nonce, lower-case hex") List<String> digests) {}

  /** @param known for each digest, in order, whether it is one of the LA's LAchildIDs */
  @Schema(name = "ChildIdCheckAnswer", description = "Yes or no per digest, in request order; never an id")
  public record Answer(List<Boolean> known) {
    public boolean any() {
      return known.contains(Boolean.TRUE);
    }
  }
}
