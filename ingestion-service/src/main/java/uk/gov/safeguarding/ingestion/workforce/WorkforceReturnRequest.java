package uk.gov.safeguarding.ingestion.workforce;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A local authority's children's social work workforce return for one collection year (FTE at 30
 * September, counts over the year).
 */
@Schema(name = "WorkforceReturnRequest")
public record WorkforceReturnRequest(
    @Schema(description = "Old three-digit LA code; optional, must be the token's LA", example = "301") String laCode,
    @Schema(description = "Year the collection ends", example = "2025", required = true) Integer collectionYear,
    @Schema(description = "FTE children and family social workers directly employed", example = "229.5", required = true) BigDecimal socialWorkersFte,
    @Schema(description = "FTE vacancies", example = "53", required = true) BigDecimal vacanciesFte,
    @Schema(description = "FTE leavers in the year", example = "34", required = true) BigDecimal leaversFte,
    @Schema(description = "FTE agency social workers", example = "41.5", required = true) BigDecimal agencyFte,
    @Schema(description = "Working days lost to sickness absence", example = "2300", required = true) BigDecimal absenceDays,
    @Schema(description = "Working days available (FTE x contracted working days)", example = "59800", required = true) BigDecimal workingDaysAvailable,
    @Schema(description = "Cases held by social workers at 30 September", example = "3400", required = true) Integer casesHeld) {}
