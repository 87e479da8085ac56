package uk.gov.safeguarding.evidence.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.evidence.common.Periods;
import uk.gov.safeguarding.evidence.common.Visibility;

/** An evidence item as an LA writes it (create and full update). */
@Schema(name = "EvidenceRequest")
public record EvidenceRequest(
    @NotBlank @Size(max = 40) @Schema(example = "OUT-1") String questionId,
    @Size(max = 20) @Schema(description = "Keys of the sub-parts or follow-ups this evidence answers; empty = the whole question", example = "[\"a\"]")
        List<@NotBlank @Size(max = 8) String> parts,
    @NotBlank @Pattern(regexp = Periods.PATTERN, message = "must be a financial year such as 2025-26") @Schema(example = "2025-26") String period,
    @NotNull @Schema(description = "First day the evidence covers") LocalDate coveredFrom,
    @NotNull @Schema(description = "Last day the evidence covers") LocalDate coveredTo,
    @NotNull SourceType sourceType,
    @NotBlank @Size(max = 1000) @Schema(example = "Annual online survey of children aged 8-17 open to children's social care") String method,
    @PositiveOrZero @Schema(description = "Number of respondents") Integer respondents,
    @NotBlank @Size(max = 10000) String findings,
    @Size(max = 20) List<@Valid @NotNull MeasureInput> measures,
    @Size(max = 10000) @Schema(description = "What is being done as a result") String actionsTaken,
    @Size(max = 10000) @Schema(description = "How it fed into the development of the service") String serviceDevelopment,
    @NotBlank @Size(max = 200) @Schema(description = "Role or team accountable, e.g. 'Head of Quality Assurance'") String owner,
    @NotNull Visibility visibility,
    @Size(max = 20) @Schema(description = "National indicators of the same theme this evidence relates to")
        List<@NotBlank @Pattern(regexp = "^[A-Za-z0-9_.:-]{1,64}$", message = "must be an indicator id") String> nationalIndicators,
    @Size(max = 20) @Schema(description = "Lines of enquiry from the LA's data profile this evidence answers")
        List<@NotBlank @Size(max = 500) String> linesOfEnquiry,
    @Schema(description = "True for generated demo data") Boolean synthetic) {

  /** A structured local measure, e.g. % of children in contact with social care who feel safe at home. */
  @Schema(name = "LocalMeasureInput")
  public record MeasureInput(
      @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]{2,59}$", message = "must be a lower-case slug such as feel-safe-at-home") String measureId,
      @NotBlank @Size(max = 300) String title,
      @NotNull @DecimalMin("0") BigDecimal numerator,
      @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal denominator,
      @Size(max = 40) @Schema(description = "Unit of numerator/denominator, default 'percent'") String unit,
      @Schema(description = "Publish this measure as open data (needs a PUBLIC record that is not a draft)") Boolean isPublic) {}
}
