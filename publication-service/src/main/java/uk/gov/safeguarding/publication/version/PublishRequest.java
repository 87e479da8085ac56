package uk.gov.safeguarding.publication.version;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Publish now (no body or no {@code scheduledFor}) or schedule.
 *
 * @param notice shown with the version, e.g. the reason for a correction
 */
@Schema(name = "PublishRequest")
public record PublishRequest(
    @Schema(description = "Publish at this instant instead of now; must be in the future") Instant scheduledFor,
    @Size(max = 2000) @Schema(description = "Release or correction notice") String notice) {

  /** The optional JSON body of a publish request (publishing needs no body, so any content type is accepted). */
  public static PublishRequest parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    PublishRequest request;
    try {
      request = uk.gov.safeguarding.publication.content.ContentCodec.json().readValue(body, PublishRequest.class);
    } catch (java.io.IOException e) {
      throw new uk.gov.safeguarding.platform.problem.ProblemException(
          uk.gov.safeguarding.platform.problem.ProblemType.MALFORMED, 400, "The JSON body cannot be read",
          java.util.List.of(new uk.gov.safeguarding.platform.problem.Problem.FieldError("$", "MalformedJson", "Expected {\"scheduledFor\": instant, \"notice\": text}")));
    }
    if (request.notice() != null && request.notice().length() > 2000) {
      throw uk.gov.safeguarding.platform.problem.ProblemException.validation("notice", "Size", "notice must be at most 2000 characters");
    }
    return request;
  }
}
