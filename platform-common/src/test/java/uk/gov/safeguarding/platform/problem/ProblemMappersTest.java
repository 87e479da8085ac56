package uk.gov.safeguarding.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {
  final ProblemMappers mappers = new ProblemMappers();

  record Query(Integer page) {}

  @Test
  void aParameterThatCannotBeConvertedIsA400NotA404() {
    Response r = mappers.webApplication(new NotFoundException(new NumberFormatException("For input string: 99999999999")));
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(((Problem) r.getEntity()).errors()).extracting(Problem.FieldError::rule).containsExactly("InvalidFormat");
  }

  @Test
  void anUnknownAddressStaysA404() {
    assertThat(mappers.webApplication(new NotFoundException()).getStatus()).isEqualTo(404);
  }

  @Test
  void aBodyOfTheWrongShapeIsAProblemWithItsJsonPointer() throws Exception {
    MismatchedInputException e = null;
    try {
      new ObjectMapper().readValue("{\"page\":\"first\"}", Query.class);
    } catch (MismatchedInputException thrown) {
      e = thrown;
    }
    Response r = mappers.mismatchedInput(e);
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(((Problem) r.getEntity()).errors()).extracting(Problem.FieldError::path).containsExactly("/page");
  }

  @Test
  void aLostDatabaseConnectionIsA503WithRetryAfterNotA500() {
    var cause = new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01");
    Response r = mappers.unexpected(new IllegalStateException("Could not write the outbox", cause));
    assertThat(r.getStatus()).isEqualTo(503);
    assertThat(r.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(r.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
  }

  @Test
  void aBodyThatIsNotTheGzipItClaimsIsA400() {
    Response r = mappers.unexpected(new java.io.UncheckedIOException(new java.util.zip.ZipException("Not in GZIP format")));
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(((Problem) r.getEntity()).errors()).extracting(Problem.FieldError::rule).containsExactly("InvalidGzip");
  }

  @Test
  void anyOtherErrorIsAnOpaque500() {
    Response r = mappers.unexpected(new IllegalStateException("secret detail"));
    assertThat(r.getStatus()).isEqualTo(500);
    assertThat(((Problem) r.getEntity()).detail()).doesNotContain("secret");
  }

  @Test
  void anUnexpectedErrorIsLoggedWithItsStackTraceButNotItsMessages() {
    IllegalStateException cause = new IllegalStateException("child C123 value 2015-06-01");
    RuntimeException e = new RuntimeException("wrapping " + cause.getMessage(), cause);
    Throwable logged = ProblemMappers.withoutMessages(e);
    java.io.StringWriter out = new java.io.StringWriter();
    logged.printStackTrace(new java.io.PrintWriter(out));
    String trace = out.toString();
    assertThat(trace).contains("java.lang.RuntimeException", "Caused by: java.lang.IllegalStateException", "ProblemMappersTest.anUnexpectedErrorIsLoggedWithItsStackTraceButNotItsMessages");
    assertThat(trace).doesNotContain("C123", "2015-06-01");
    assertThat(logged.getStackTrace()).isEqualTo(e.getStackTrace());
    assertThat(logged.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
  }
}
