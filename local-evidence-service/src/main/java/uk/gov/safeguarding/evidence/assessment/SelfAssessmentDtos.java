package uk.gov.safeguarding.evidence.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.evidence.common.Periods;
import uk.gov.safeguarding.evidence.common.Theme;
import uk.gov.safeguarding.evidence.common.Visibility;

public final class SelfAssessmentDtos {
  private SelfAssessmentDtos() {}

  @Schema(name = "SelfAssessmentRequest")
  public record NewSelfAssessment(
      @NotNull Theme theme,
      @NotBlank @Pattern(regexp = Periods.PATTERN, message = "must be a financial year such as 2025-26") String period,
      @NotNull Rating rating,
      @NotBlank @Size(max = 20000) String narrative,
      @NotNull Visibility visibility,
      Boolean synthetic) {}

  /**
   * @param previousRating the rating of the LA's previous self-assessment of the same theme
   * @param change IMPROVED, DECLINED or UNCHANGED against the previous one; null for the first
   */
  @Schema(name = "SelfAssessment")
  public record View(
      UUID id,
      String laCode,
      String laGssCode,
      Theme theme,
      String period,
      Rating rating,
      String narrative,
      Visibility visibility,
      boolean synthetic,
      Instant createdAt,
      String createdBy,
      Rating previousRating,
      String change) {

    static View of(SelfAssessment s, SelfAssessment previous) {
      String change = null;
      if (previous != null) {
        int d = Integer.compare(s.rating.score(), previous.rating.score());
        change = d > 0 ? "IMPROVED" : d < 0 ? "DECLINED" : "UNCHANGED";
      }
      return new View(
          s.id, s.laCode, s.laGssCode, s.theme, s.period, s.rating, s.narrative, s.visibility, s.synthetic, s.createdAt, s.createdBy,
          previous == null ? null : previous.rating, change);
    }
  }
}
