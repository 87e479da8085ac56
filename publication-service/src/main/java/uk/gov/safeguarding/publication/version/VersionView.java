package uk.gov.safeguarding.publication.version;

import java.time.Instant;
import java.util.Map;

/** A data set version as the API shows it (publishedAt is null until published). */
public record VersionView(
    String dataSetId,
    String version,
    String status,
    Instant createdAt,
    Instant publishedAt,
    Instant scheduledFor,
    String contentHash,
    String basedOn,
    String notice,
    String statusReason,
    String supersededBy,
    int rowCount,
    Map<String, String> links) {

  public static VersionView of(DataSetVersion v, String baseUrl) {
    String self = baseUrl + "/v1/data-sets/" + v.dataSetId + "/versions/" + v.version;
    return new VersionView(
        v.dataSetId, v.version, v.status.name(), v.createdAt, v.publishedAt, v.scheduledFor, v.contentHash,
        v.basedOn, v.notice, v.statusReason, v.supersededBy, v.rowCount,
        Map.of(
            "self", self,
            "csv", self + "/csv",
            "json", self + "/json",
            "csvMetadata", self + "/csv-metadata.json",
            "changes", self + "/changes"));
  }
}
