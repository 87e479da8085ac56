package uk.gov.safeguarding.ingestion.returns;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The findings of one return version: a summary per rule, whole-return findings, child findings. */
@Schema(name = "IssuesReport")
public record IssuesReport(
    UUID returnId, String laCode, int collectionYear, int version, ReturnStatus status, List<RuleCount> rules, List<Issue> returnLevel, List<Issue> children) {

  /** How often one rule fired. */
  @Schema(name = "RuleCount")
  public record RuleCount(String rule, String type, String module, String message, long findings) {}

  /** One finding; laChildId and line are null for whole-return findings. */
  @Schema(name = "Issue")
  @JsonPropertyOrder({"rule", "type", "module", "message", "laChildId", "line", "path", "field", "value"})
  public record Issue(
      String rule,
      String type,
      String module,
      String message,
      @Schema(description = "The child's LAchildID (child-level findings only)") String laChildId,
      @Schema(description = "Line of the child's start tag in the submitted XML: the row reference") Integer line,
      @Schema(description = "Where in the child, e.g. CINdetails[1]/Assessments[2]") String path,
      String field,
      @Schema(description = "The flagged value, absent when missing") String value) {}
}
