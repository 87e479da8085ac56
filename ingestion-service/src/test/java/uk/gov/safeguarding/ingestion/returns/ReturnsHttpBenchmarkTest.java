package uk.gov.safeguarding.ingestion.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uk.gov.safeguarding.ingestion.cin.parse.CinParser;
import uk.gov.safeguarding.ingestion.cin.rules.CinValidator;
import uk.gov.safeguarding.ingestion.cin.rules.SyntheticReturn;
import uk.gov.safeguarding.synthetic.FullModuleReturn;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * End-to-end benchmark (not a timed test; runs only with -Dbench.http=true): HTTP POST of a
 * 10,000-child return to the report being available (the response: the return is validated and
 * stored synchronously), median of 5 after three warm-up submissions; with, as the same-run baseline, the
 * in-process parse + validate of the same bytes. Uses LA 807, which only the returns tests use.
 *
 * <p>The client is the JDK's {@link HttpClient}, as an LA system would use: REST Assured spends
 * seconds preparing a 7.6 MB body before sending it, which measured the test tool, not the service.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench.http", matches = "true")
class ReturnsHttpBenchmarkTest {
  private static final int CHILDREN = Integer.getInteger("bench.children", 10_000);
  /**
   * "synthetic" (default): the clean synthetic return; "full-module": {@link FullModuleReturn}'s
   * 2025-26 return with every module and elements absent or empty (issue 13), also written to
   * target/bench/ for the Python validator's run on the same file.
   */
  private static final String KIND = System.getProperty("bench.kind", "synthetic");

  private static byte[] payload() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if ("full-module".equals(KIND)) {
      FullModuleReturn.write("807", 2026, CHILDREN, FullModuleReturn.Choices.random(2026), out);
      byte[] bytes = out.toByteArray();
      java.nio.file.Path file = java.nio.file.Path.of("target", "bench", "full-module-" + CHILDREN + "-2026.xml");
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.write(file, bytes);
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("<Release>1</Release>", "<Release>" + UUID.randomUUID() + "</Release>")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    SyntheticReturn.write(out, "807", CHILDREN, UUID.randomUUID().toString());
    return out.toByteArray();
  }

  @TestHTTPResource("/")
  URI base;

  @Test
  void postToReport() throws IOException, InterruptedException {
    String token = KeycloakTokens.forLa("807");
    HttpClient client = HttpClient.newHttpClient();
    ObjectMapper json = new ObjectMapper();
    int runs = 5;
    double[] http = new double[runs];
    double[] inProcess = new double[runs];
    int size = 0;
    for (int i = -3; i < runs; i++) {
      byte[] body = payload();
      size = body.length;
      long s = System.nanoTime();
      HttpResponse<String> posted = client.send(
          HttpRequest.newBuilder(base.resolve("v1/returns/cin")).header("Authorization", "Bearer " + token).header("Content-Type", "application/xml")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
      String id = json.readTree(posted.body()).path("id").asText();
      HttpResponse<String> report = client.send(
          HttpRequest.newBuilder(base.resolve("v1/returns/" + id + "/issues")).header("Authorization", "Bearer " + token).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(json.readTree(report.body()).path("returnId").asText()).isEqualTo(id);
      double ms = (System.nanoTime() - s) / 1e6;
      long t = System.nanoTime();
      CinValidator[] v = new CinValidator[1];
      CinParser.parse(new ByteArrayInputStream(body), h -> {
        v[0] = new CinValidator(h, f -> {});
        return List.of(v[0]);
      });
      v[0].finish();
      double local = (System.nanoTime() - t) / 1e6;
      if (i >= 0) {
        http[i] = ms;
        inProcess[i] = local;
      }
    }
    Arrays.sort(http);
    Arrays.sort(inProcess);
    System.out.printf("BENCH kind=%s children=%d size=%.1f MB: HTTP POST to report median %.0f ms (min %.0f, max %.0f); in-process parse+validate median %.0f ms; ratio %.2f%n",
        KIND, CHILDREN, size / 1e6, http[runs / 2], http[0], http[runs - 1], inProcess[runs / 2], http[runs / 2] / inProcess[runs / 2]);
    if ("synthetic".equals(KIND)) {
      System.out.printf("BENCH vs open Python validator 68.8 s for 9,960 children: x%.0f faster%n", 68_800 / http[runs / 2]);
    }
  }
}
