package uk.gov.safeguarding.evidence.common;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.gov.safeguarding.platform.problem.ProblemMappers;

/**
 * quarkus-rest-jackson ships its own mapper for {@link MismatchedInputException} (e.g. an unknown
 * enum value such as {@code "theme": "NOPE"}), which is closer to the exception type than
 * platform-common's {@code JsonProcessingException} mapper and answers plain JSON. This routes it
 * back to the shared problem+json mapping (path and rule {@code InvalidFormat}). Remove once
 * platform-common maps {@code MismatchedInputException} itself.
 */
public class JsonBodyProblems {
  private final ProblemMappers shared = new ProblemMappers();

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e) {
    return shared.jsonProcessing(e);
  }
}
