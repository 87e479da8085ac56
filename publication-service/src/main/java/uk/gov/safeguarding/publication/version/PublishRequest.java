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
    @Size(max = 2000) @Schema(description = "Release or correction notice") String notice) {}
