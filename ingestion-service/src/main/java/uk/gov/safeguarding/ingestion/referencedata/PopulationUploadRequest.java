package uk.gov.safeguarding.ingestion.referencedata;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ONS mid-year estimates of children aged 0-17 per LA, for one collection year. */
@Schema(name = "PopulationUploadRequest")
public record PopulationUploadRequest(
    @Schema(description = "Collection year the denominators apply to (year the collection ends)", example = "2025", required = true) Integer collectionYear,
    @Schema(description = "Provenance: publisher, release and licence", example = "ONS mid-year estimates 2024, Open Government Licence v3.0", required = true) String source,
    @Schema(required = true) List<Value> values) {

  @Schema(name = "PopulationValue")
  public record Value(
      @Schema(description = "Old three-digit LA code or GSS code", example = "301") String laCode,
      @Schema(description = "Children aged 0 to 17", example = "66460") Long population0to17) {}
}
