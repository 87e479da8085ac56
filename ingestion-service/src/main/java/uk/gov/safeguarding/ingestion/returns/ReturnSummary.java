package uk.gov.safeguarding.ingestion.returns;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A return version as the API shows it: counts, no child-level data. */
@Schema(name = "ReturnSummary")
public record ReturnSummary(
    UUID id,
    @Schema(description = "Old three-digit LA code", example = "301") String laCode,
    @Schema(example = "E09000002") String laGssCode,
    @Schema(description = "Year the collection ends", example = "2025") int collectionYear,
    int version,
    ReturnStatus status,
    int children,
    long errors,
    long queries,
    @Schema(description = "Errors raised by whole-return (LA-level) rules") long returnLevelErrors,
    @Schema(description = "Queries raised by whole-return (LA-level) rules") long returnLevelQueries,
    @Schema(description = "SHA-256 of the (decompressed) XML") String contentHash,
    OffsetDateTime receivedAt,
    OffsetDateTime completedAt) {

  static ReturnSummary of(CinReturn r) {
    return new ReturnSummary(
        r.id, r.laCode, r.laGssCode, r.collectionYear, r.version == null ? 0 : r.version, r.status, r.children, r.errors, r.queries,
        r.returnLevelErrors, r.returnLevelQueries, r.contentHash, r.receivedAt, r.completedAt);
  }
}
