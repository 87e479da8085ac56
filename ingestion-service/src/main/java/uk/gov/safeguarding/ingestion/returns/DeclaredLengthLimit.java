package uk.gov.safeguarding.ingestion.returns;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemType;

/**
 * Refuses a CIN return whose declared Content-Length is over the limit with a 413 problem+json
 * before a byte of it is read (and before authentication: the answer says nothing about the
 * caller). Runs ahead of Quarkus' own upload limit ({@code quarkus.http.limits.max-body-size}),
 * which would answer an empty 413; bodies without a Content-Length (chunked) are limited while
 * they are read ({@link SpooledBody}). The body is never read into memory ({@link UnreadBody}).
 */
@ApplicationScoped
public class DeclaredLengthLimit {
  static final String PATH = "/v1/returns/cin";

  void install(@Observes Router router, ReturnsConfig config, ObjectMapper json) {
    long max = config.maxBodySize().asLongValue();
    router.post(PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> refuseIfDeclaredOver(context, max, json));
  }

  static void refuseIfDeclaredOver(RoutingContext context, long max, ObjectMapper json) {
    long declared = declaredLength(context);
    if (declared <= max) {
      context.next();
      return;
    }
    String message = "The return is larger than the limit of " + max + " bytes";
    Problem problem = Problem.of(ProblemType.TOO_LARGE, 413, message, List.of(new Problem.FieldError("body", "MaxBodySize", message)));
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    // the body is dropped as it arrives so that a client that reads the answer only after sending
    // (up to twice the limit) sees it; a larger declared body gets the connection closed at once
    UnreadBody.discardAndClose(context, declared <= 2 * max ? declared : 0);
    context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
  }

  /** The declared Content-Length, -1 when absent or unparseable (the HTTP codec refuses those itself). */
  private static long declaredLength(RoutingContext context) {
    String value = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
