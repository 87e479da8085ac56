package uk.gov.safeguarding.platform.problem;

import java.util.List;

/** Thrown by services to answer with a problem detail; mapped by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {
  private final ProblemType type;
  private final int status;
  private final List<Problem.FieldError> errors;

  public ProblemException(ProblemType type, int status, String detail, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.status = status;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ProblemException validation(String path, String rule, String message) {
    return new ProblemException(ProblemType.VALIDATION, 400, message, List.of(new Problem.FieldError(path, rule, message)));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(ProblemType.NOT_FOUND, 404, detail, List.of());
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, 403, detail, List.of());
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, 409, detail, List.of());
  }

  public Problem toProblem() {
    return Problem.of(type, status, getMessage(), errors);
  }

  public int status() {
    return status;
  }
}
