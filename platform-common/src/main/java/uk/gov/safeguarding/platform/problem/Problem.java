package uk.gov.safeguarding.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 7807 problem detail, served as {@code application/problem+json}. Never carries a stack
 * trace or child-level data.
 *
 * @param type stable URI naming the kind of problem, e.g. {@code urn:problem:validation}
 * @param errors one entry per offending field, with its path and rule code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 7807 problem details")
public record Problem(
    URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One offending field.
   *
   * @param path JSON pointer, XML path with line/column, or query parameter name
   * @param rule stable rule code, e.g. a CIN validation rule number or {@code NotNull}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "FieldError")
  public record FieldError(String path, String rule, String message) {}

  public static Problem of(ProblemType type, int status, String detail, List<FieldError> errors) {
    return new Problem(type.uri(), type.title(), status, detail, null, errors == null || errors.isEmpty() ? null : List.copyOf(errors));
  }
}
