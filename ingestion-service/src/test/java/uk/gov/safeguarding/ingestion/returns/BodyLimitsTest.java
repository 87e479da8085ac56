package uk.gov.safeguarding.ingestion.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.ingestion.cin.CinXml;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * The size limit of CIN returns over raw HTTP/1.1, where a test controls exactly what is sent
 * (the %test limit is 16 MB): a declared oversize is refused before any of the body is read, and a
 * body without a declared length is refused once it passes the limit, with the connection closed
 * so a client that keeps sending cannot make the service buffer the rest.
 */
@QuarkusTest
class BodyLimitsTest {
  private static final long LIMIT = 16L * 1024 * 1024;
  private static final String LA = "805";

  @TestHTTPResource("/")
  URL base;

  @Inject AgroalDataSource dataSource;

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message><Header><CollectionDetails><Collection>CIN</Collection>"
      + "<Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel>"
      + "<LEA>" + LA + "</LEA></Source></Header><Children>";

  private long returns() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from cin_return")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String requestHead(String framing) {
    return "POST /v1/returns/cin HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + KeycloakTokens.forLa(LA) + "\r\n"
        + "Content-Type: application/xml\r\n" + framing + "\r\n\r\n";
  }

  /** Status line, headers and body of the first response on the socket, as text. */
  private static String readResponse(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      out.write(buffer, 0, n);
      String text = out.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      if (end >= 0 && text.contains("}")) {
        return text;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeAnyOfTheBodyIsSent() throws Exception {
    long before = returns();
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(requestHead("Content-Length: " + (LIMIT + 1)).getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      // not a byte of the body is sent: the answer cannot depend on reading it
      String response = readResponse(socket.getInputStream());
      assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
          .containsIgnoringCase("connection: close").contains("\"rule\":\"MaxBodySize\"");
      socket.shutdownOutput();
      assertThat(socket.getInputStream().read()).as("connection closed once the client stops").isEqualTo(-1);
    }
    assertThat(returns()).isEqualTo(before);
  }

  @Test
  void aDeclaredLengthWithinTheLimitIsNotRefusedByIt() throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      byte[] body = "<Message>".getBytes(StandardCharsets.UTF_8);
      OutputStream out = socket.getOutputStream();
      out.write(requestHead("Content-Length: " + body.length).getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 400").contains("\"rule\":\"WellFormedXml\"");
    }
  }

  @Test
  void aChunkedBodyThatNeverEndsIsRefusedOnceItPassesTheLimitAndItsConnectionClosed() throws Exception {
    long before = returns();
    AtomicLong sent = new AtomicLong();
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(requestHead("Transfer-Encoding: chunked").getBytes(StandardCharsets.US_ASCII));
      CompletableFuture<Throwable> sender = CompletableFuture.supplyAsync(() -> {
        byte[] comment = "<!-- endless -->".repeat(4096).getBytes(StandardCharsets.UTF_8);
        byte[] chunkHead = (Integer.toHexString(comment.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        try {
          byte[] head = HEAD.getBytes(StandardCharsets.UTF_8);
          out.write((Integer.toHexString(head.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(head);
          out.write(crlf);
          while (sent.get() < 20 * LIMIT) {
            out.write(chunkHead);
            out.write(comment);
            out.write(crlf);
            sent.addAndGet(comment.length);
          }
          return null;
        } catch (IOException closedByServer) {
          return closedByServer;
        }
      });
      String response = readResponse(socket.getInputStream());
      assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json").contains("\"rule\":\"MaxBodySize\"");
      Throwable sending = sender.get(30, TimeUnit.SECONDS);
      assertThat(sending).as("the server closed the connection instead of taking the rest of the body").isInstanceOf(IOException.class);
      assertThat(sent.get()).as("bytes the client got to send: the limit, then at most as much again dropped").isLessThan(3 * LIMIT);
    }
    assertThat(returns()).isEqualTo(before);
  }

  @Test
  void afterRefusingAnEndlessBodyTheServiceStillTakesReturns() throws Exception {
    aChunkedBodyThatNeverEndsIsRefusedOnceItPassesTheLimitAndItsConnectionClosed();
    String fresh = CinXml.message(2025, LA, CinXml.child()).replace("<Release>1</Release>", "<Release>" + UUID.randomUUID() + "</Release>");
    given().auth().oauth2(KeycloakTokens.forLa(LA)).contentType("application/xml").body(fresh).post("/v1/returns/cin").then().statusCode(201);
  }
}
