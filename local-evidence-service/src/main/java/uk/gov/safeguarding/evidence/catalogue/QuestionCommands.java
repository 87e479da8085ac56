package uk.gov.safeguarding.evidence.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.evidence.common.Theme;

/** Admin edits of the catalogue. */
public final class QuestionCommands {
  private QuestionCommands() {}

  @Schema(name = "NewQuestion")
  public record NewQuestion(
      @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9]{0,7}-[A-Z0-9]{1,24}$", message = "must look like OUT-8") String id,
      @NotNull Theme theme,
      @Size(max = 5) List<@NotNull Theme> relatedThemes,
      @NotBlank @Size(max = 2000) String text,
      @Size(max = 30) List<@Valid @NotNull Clause> parts,
      @Size(max = 10) List<@Valid @NotNull Clause> followUps,
      @NotBlank @Size(max = 500) @Schema(description = "Who agreed this question, e.g. a sector body and date") String source,
      @Size(max = 1000) String changeNote) {}

  @Schema(name = "QuestionRewording")
  public record Rewording(
      @NotBlank @Size(max = 2000) String text,
      @Size(max = 30) List<@Valid @NotNull Clause> parts,
      @Size(max = 10) List<@Valid @NotNull Clause> followUps,
      @Size(max = 500) String source,
      @NotBlank @Size(max = 1000) String changeNote) {}

  @Schema(name = "QuestionRetirement")
  public record Retirement(@NotBlank @Size(max = 1000) String reason) {}
}
