package uk.gov.safeguarding.platform.problem;

import java.net.URI;

/** The stable kinds of problem every service reports. */
public enum ProblemType {
  VALIDATION("validation", "The request is not valid"),
  MALFORMED("malformed-body", "The request body cannot be read"),
  TOO_LARGE("payload-too-large", "The request body is too large"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The content type is not supported"),
  NOT_ACCEPTABLE("not-acceptable", "No acceptable representation"),
  NOT_FOUND("not-found", "The resource does not exist"),
  METHOD_NOT_ALLOWED("method-not-allowed", "The method is not allowed"),
  UNAUTHORIZED("unauthorized", "Authentication is required"),
  FORBIDDEN("forbidden", "Not allowed for this caller"),
  CONFLICT("conflict", "The request conflicts with the current state"),
  SERVICE_UNAVAILABLE("service-unavailable", "The service is temporarily unavailable"),
  INTERNAL("internal-error", "An unexpected error occurred");

  private final URI uri;
  private final String title;

  ProblemType(String slug, String title) {
    this.uri = URI.create("urn:safeguarding:problem:" + slug);
    this.title = title;
  }

  public URI uri() {
    return uri;
  }

  public String title() {
    return title;
  }
}
