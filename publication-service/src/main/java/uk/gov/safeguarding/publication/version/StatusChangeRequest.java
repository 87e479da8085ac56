package uk.gov.safeguarding.publication.version;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Deprecate or withdraw a published version. */
@Schema(name = "StatusChangeRequest")
public record StatusChangeRequest(
    @NotBlank @Size(max = 2000) @Schema(description = "Why, shown to users") String reason,
    @Pattern(regexp = "[a-z0-9-]{1,80}(@\\d+\\.\\d+\\.\\d+)?") @Schema(description = "Superseding data set id, optionally @version") String supersededBy) {}
