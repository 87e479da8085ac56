package uk.gov.safeguarding.publication.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.platform.hashing.Sha256;
import uk.gov.safeguarding.publication.content.ContentCodec;

/**
 * The public download of a released version's CSV, as a client sees it on the wire (no automatic
 * decompression): the same answers on the first request (through the resource) and on later ones
 * (the sendFile fast path): ETag and 304, gzip only when accepted, single byte ranges (206),
 * unsatisfiable ranges (416) and If-Range.
 */
@QuarkusTest
class DownloadsTest {
  @TestHTTPResource("/v1/data-sets/safeguarding-indicators/versions/1.0.0/csv")
  URL csv;

  final HttpClient client = HttpClient.newHttpClient();

  HttpResponse<byte[]> get(String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(csv.toString()));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theCsvIsServedWholeGzippedInRangesAndNotAgainWhenUnchanged() throws Exception {
    for (int round = 1; round <= 3; round++) {
      HttpResponse<byte[]> plain = get();
      assertThat(plain.statusCode()).as("round %d", round).isEqualTo(200);
      byte[] bytes = plain.body();
      String etag = plain.headers().firstValue("ETag").orElseThrow();
      assertThat(etag).isEqualTo("\"" + Sha256.hex(bytes) + "\"");
      assertThat(plain.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
      assertThat(plain.headers().firstValue("Content-Encoding").orElse("identity")).isEqualTo("identity");
      assertThat(plain.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
      assertThat(plain.headers().firstValue("Accept-Ranges")).contains("bytes");
      assertThat(plain.headers().firstValue("Content-Disposition").orElseThrow()).contains("safeguarding-indicators-1.0.0.csv");
      assertThat(new String(bytes, 0, 200)).startsWith("time_period,time_identifier,geographic_level");

      HttpResponse<byte[]> gz = get("Accept-Encoding", "gzip, deflate");
      assertThat(gz.statusCode()).isEqualTo(200);
      assertThat(gz.headers().firstValue("Content-Encoding")).contains("gzip");
      assertThat(gz.headers().firstValue("ETag")).contains(etag);
      assertThat(gz.body().length).isLessThan(bytes.length / 3);
      assertThat(ContentCodec.gunzip(gz.body())).as("round %d: gzip once", round).isEqualTo(bytes);
      assertThat(get("Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding").orElse("identity")).isEqualTo("identity");

      HttpResponse<byte[]> first = get("Range", "bytes=0-99");
      assertThat(first.statusCode()).isEqualTo(206);
      assertThat(first.headers().firstValue("Content-Range")).contains("bytes 0-99/" + bytes.length);
      assertThat(first.body()).isEqualTo(Arrays.copyOfRange(bytes, 0, 100));
      HttpResponse<byte[]> middle = get("Range", "bytes=1000-1999", "Accept-Encoding", "gzip");
      assertThat(middle.statusCode()).as("a range is of the plain file, even when gzip is accepted").isEqualTo(206);
      assertThat(middle.headers().firstValue("Content-Encoding").orElse("identity")).as("round %d", round).isEqualTo("identity");
      assertThat(middle.body()).as("round %d", round).isEqualTo(Arrays.copyOfRange(bytes, 1000, 2000));
      HttpResponse<byte[]> tail = get("Range", "bytes=-50");
      assertThat(tail.statusCode()).isEqualTo(206);
      assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 50, bytes.length));
      HttpResponse<byte[]> resume = get("Range", "bytes=" + (bytes.length - 10) + "-", "If-Range", etag);
      assertThat(resume.statusCode()).isEqualTo(206);
      assertThat(resume.body()).isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 10, bytes.length));
      assertThat(get("Range", "bytes=0-9", "If-Range", "\"another\"").statusCode()).as("If-Range of another file: the whole file").isEqualTo(200);
      HttpResponse<byte[]> beyond = get("Range", "bytes=" + bytes.length + "-");
      assertThat(beyond.statusCode()).isEqualTo(416);
      assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + bytes.length);

      HttpResponse<byte[]> unchanged = get("If-None-Match", etag, "Accept-Encoding", "gzip");
      assertThat(unchanged.statusCode()).isEqualTo(304);
      assertThat(unchanged.body()).isEmpty();
    }
  }
}
