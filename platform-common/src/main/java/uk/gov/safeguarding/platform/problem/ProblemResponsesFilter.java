package uk.gov.safeguarding.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every error response of every service is an RFC 7807 {@link Problem}: resources document an
 * error with its status and meaning only ({@code @APIResponse(responseCode = "404", description =
 * "No such item")}) and this filter adds the {@code application/problem+json} body to each 4xx and
 * 5xx response that declares no content of its own.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
      return operation;
    }
    for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
      if (isError(entry.getKey()) && entry.getValue().getContent() == null) {
        entry.getValue().setContent(problemContent());
      }
    }
    return operation;
  }

  static boolean isError(String responseCode) {
    return responseCode.startsWith("4") || responseCode.startsWith("5");
  }

  private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
  }
}
