package uk.gov.safeguarding.ingestion.sourcedata;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.events.MeasureSource;

/** What the source-data API answers. */
public final class SourceDataViews {
  private SourceDataViews() {}

  @Schema(name = "SourceDataset", description = "A dataset of the catalogue and its stored versions")
  public record Dataset(
      @Schema(example = "hospital-admissions-injuries-0-17") String id,
      String title,
      @Schema(description = "Usual publisher") String publisher,
      @Schema(description = "Source of its MeasuresComputed events") MeasureSource measureSource,
      @Schema(description = "MID_YEAR, FINANCIAL_YEAR or ACADEMIC_YEAR") PeriodType periodType,
      @Schema(description = "How to write a period") String periodFormat,
      @Schema(description = "Measure code of the numerator in events") String numeratorCode,
      String numeratorMeaning,
      @Schema(description = "Measure code of the denominator in events; null when the dataset is itself a denominator") String denominatorCode,
      String denominatorMeaning,
      @Schema(description = "The numerator is a subset of the denominator (rule NumeratorExceedsDenominator)") boolean proportion,
      List<Version> versions) {

    static Dataset of(SourceDataset d, List<Version> versions) {
      return new Dataset(d.id(), d.title(), d.publisher(), d.source(), d.periodType(), d.periodType().format(), d.numeratorCode(),
          d.numeratorMeaning(), d.denominatorCode(), d.denominatorMeaning(), d.proportion(), versions);
    }
  }

  @Schema(name = "SourceDataVersion", description = "One stored version of a dataset and period, with its provenance")
  public record Version(
      @Schema(example = "2024-25") String period,
      @Schema(description = "The collection year (year ending 31 March) the period feeds", example = "2025") int collectionYear,
      int version,
      UUID uploadId,
      String contentHash,
      Provenance provenance,
      String uploadedBy,
      Instant uploadedAt,
      @Schema(description = "Areas in this version") int areas,
      @Schema(description = "Areas whose counts changed in this version (each got an event)") int changed) {

    static Version of(SourceDataRepository.Upload u) {
      return new Version(u.period(), u.collectionYear(), u.version(), u.id(), u.contentHash(), u.provenance(), u.uploadedBy(), u.uploadedAt(),
          u.areas(), u.changed());
    }
  }

  @Schema(name = "SourceDataValues", description = "The counts of one version")
  public record Values(String dataset, String numeratorMeaning, String denominatorMeaning, Version version, List<Value> values) {}

  @Schema(name = "SourceDataValue")
  public record Value(
      @Schema(example = "301") String laCode,
      @Schema(example = "E09000002") String laGssCode,
      String laName,
      long numerator,
      @Schema(nullable = true) Long denominator,
      @Schema(description = "How many times this area's counts changed in this dataset and period (the event's sourceVersion)") int areaVersion) {}

  @Schema(name = "SourceDataUpload", description = "The outcome of an upload")
  public record UploadResult(
      String dataset,
      String period,
      int collectionYear,
      @Schema(description = "The stored version (the existing one when the content was identical)") int version,
      UUID uploadId,
      String contentHash,
      @Schema(description = "Whether a new version was stored") boolean created,
      @Schema(description = "Areas whose counts are new or changed: one MeasuresComputed event each") int changed,
      int unchanged) {}
}
