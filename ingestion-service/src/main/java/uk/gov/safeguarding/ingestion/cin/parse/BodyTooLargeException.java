package uk.gov.safeguarding.ingestion.cin.parse;

/** The (decompressed) body passed the configured maximum size while it was being read. */
public class BodyTooLargeException extends RuntimeException {
  private final long limit;

  public BodyTooLargeException(long limit) {
    super("The return is larger than the limit of " + limit + " bytes", null, false, false);
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
