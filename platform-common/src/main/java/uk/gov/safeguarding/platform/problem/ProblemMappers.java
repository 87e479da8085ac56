package uk.gov.safeguarding.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every error to {@code application/problem+json}. Unexpected errors are logged with an
 * opaque reference and answered without any detail of their cause.
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return respond(e.toProblem());
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(ProblemMappers::fieldError)
            .sorted(java.util.Comparator.comparing(Problem.FieldError::path))
            .collect(Collectors.toList());
    return respond(Problem.of(ProblemType.VALIDATION, 400, "The request has " + errors.size() + " invalid field(s)", errors));
  }

  @ServerExceptionMapper
  public Response jsonProcessing(JsonProcessingException e) {
    String path = "$";
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      path = jsonPointer(mismatch);
    }
    String rule = e instanceof InvalidFormatException ? "InvalidFormat" : "MalformedJson";
    String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    String message = "The JSON body cannot be read" + where;
    return respond(Problem.of(ProblemType.MALFORMED, 400, message, List.of(new Problem.FieldError(path, rule, message))));
  }

  /**
   * Overrides quarkus-rest-jackson's built-in mapper, which answers a body of the wrong shape (e.g.
   * {@code {"page":"first"}}) with an empty 400 instead of a problem.
   */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e) {
    return jsonProcessing(e);
  }

  /** Body mapping failures that are not mismatches, e.g. nesting deeper than Jackson's limit. */
  @ServerExceptionMapper
  public Response jsonMapping(JsonMappingException e) {
    return jsonProcessing(e);
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e) {
    return respond(Problem.of(ProblemType.UNAUTHORIZED, 401, "A bearer token is required", null));
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e) {
    return respond(Problem.of(ProblemType.UNAUTHORIZED, 401, "The bearer token is not valid", null));
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return respond(Problem.of(ProblemType.FORBIDDEN, 403, "The caller's roles do not allow this operation", null));
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    ProblemType type =
        switch (status) {
          case 400 -> ProblemType.VALIDATION;
          case 401 -> ProblemType.UNAUTHORIZED;
          case 403 -> ProblemType.FORBIDDEN;
          case 404 -> ProblemType.NOT_FOUND;
          case 405 -> ProblemType.METHOD_NOT_ALLOWED;
          case 406 -> ProblemType.NOT_ACCEPTABLE;
          case 409 -> ProblemType.CONFLICT;
          case 413 -> ProblemType.TOO_LARGE;
          case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
          case 503 -> ProblemType.SERVICE_UNAVAILABLE;
          default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.VALIDATION;
        };
    if (status >= 500) {
      return unexpected(e);
    }
    if (status == 404 && e.getCause() != null) {
      // JAX-RS answers 404 when a query or path parameter cannot be converted (e.g. page=99999999999
      // for an int, collectionYear=abc): the address exists, the parameter is invalid.
      return respond(Problem.of(ProblemType.VALIDATION, 400, "A query or path parameter has an invalid value",
          List.of(new Problem.FieldError("parameter", "InvalidFormat", "A query or path parameter has an invalid value"))));
    }
    String detail = status == 404 ? "No resource at this address" : safeMessage(e, type);
    return respond(Problem.of(type, status, detail, null));
  }

  @ServerExceptionMapper(priority = 10_000)
  public Response unexpected(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof java.util.zip.ZipException) {
        String message = "The body is declared gzip-encoded but is not valid gzip";
        return respond(Problem.of(ProblemType.MALFORMED, 400, message, List.of(new Problem.FieldError("Content-Encoding", "InvalidGzip", message))));
      }
      if (databaseUnavailable(cause)) {
        LOG.warnf("Answering 503: the database is unavailable (%s)", cause.getClass().getSimpleName());
        return Response.fromResponse(respond(Problem.of(ProblemType.SERVICE_UNAVAILABLE, 503, "The service's database is unavailable; nothing was stored. Retry shortly.", null)))
            .header("Retry-After", "5").build();
      }
    }
    String reference = java.util.UUID.randomUUID().toString();
    LOG.errorf(withoutMessages(e), "Unexpected error, reference %s: %s", reference, e.getClass().getName());
    return respond(Problem.of(ProblemType.INTERNAL, 500, "Unexpected error, reference " + reference, null));
  }

  /**
   * The throwable's chain (classes and stack frames, causes and suppressed ones) without its
   * messages, for the log: a message may quote the input that failed (e.g. a value of a child's
   * record), which must never reach a log; the frames are what an operator needs to find the cause.
   */
  static Throwable withoutMessages(Throwable e) {
    return withoutMessages(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
  }

  private static Throwable withoutMessages(Throwable e, java.util.Set<Throwable> seen) {
    seen.add(e);
    Throwable cause = e.getCause() == null || seen.contains(e.getCause()) ? null : withoutMessages(e.getCause(), seen);
    Throwable copy = new LoggedThrowable(e.getClass().getName(), cause);
    copy.setStackTrace(e.getStackTrace());
    for (Throwable s : e.getSuppressed()) {
      if (!seen.contains(s)) {
        copy.addSuppressed(withoutMessages(s, seen));
      }
    }
    return copy;
  }

  /** Stands in for a logged throwable: named by its class, message dropped. */
  static final class LoggedThrowable extends RuntimeException {
    LoggedThrowable(String className, Throwable cause) {
      super(className + " (message not logged)", cause, true, true);
    }

    @Override
    public String toString() {
      return getMessage();
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /** Connection-level database failures (SQLState class 08, admin shutdown 57P, pool timeouts). */
  static boolean databaseUnavailable(Throwable t) {
    if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) {
      return true;
    }
    if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      return state.startsWith("08") || state.startsWith("57P");
    }
    String type = t.getClass().getName();
    return type.equals("org.hibernate.exception.JDBCConnectionException")
        || (type.startsWith("io.agroal") && String.valueOf(t.getMessage()).contains("Acquisition timeout"));
  }

  public static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static String safeMessage(WebApplicationException e, ProblemType type) {
    // Framework messages can echo input; keep only our own titles.
    return type.title();
  }

  private static Problem.FieldError fieldError(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    // strip the method and parameter prefix, e.g. "submit.body.fte" -> "body.fte"
    int firstDot = path.indexOf('.');
    if (firstDot > 0 && v.getExecutableParameters() != null) {
      path = path.substring(firstDot + 1);
    }
    String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return new Problem.FieldError(path, rule, v.getMessage());
  }

  private static String jsonPointer(MismatchedInputException e) {
    StringBuilder pointer = new StringBuilder();
    for (var ref : e.getPath()) {
      pointer.append('/');
      pointer.append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
    }
    return pointer.toString();
  }
}
