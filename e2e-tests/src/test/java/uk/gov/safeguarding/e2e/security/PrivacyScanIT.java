package uk.gov.safeguarding.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.e2e.Settled;
import uk.gov.safeguarding.e2e.TopicRecords;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * Child-level data never leaves ingestion-service: after returns with distinctive LAchildIDs, UPNs
 * and birth dates have gone through the whole pipeline, none of them occurs in any Kafka topic or
 * any service log. (The heavier deploy/reliability/privacy-scan also scans every published file.)
 */
class PrivacyScanIT {
  static final Path LOGS = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "deploy", "local", ".run", "logs");

  @Test
  void noChildIdentifierReachesAnyTopicOrServiceLog() throws Exception {
    Set<String> needles = new LinkedHashSet<>();
    // 873 and 908 with UPNs (synthetic check letters: the rules may reject them, the identifiers
    // still pass through parsing, validation and logging); 916 without UPNs, accepted, so its
    // children's measures travel through every topic
    for (String la : List.of("873", "908", "916")) {
      String xml = la.equals("916") ? collect(MatrixFixtures.cinReturn(la, 6), needles) : returnWithIdentifiers(la, 6, needles);
      HttpResponse<String> pushed = MatrixFixtures.send("POST", Urls.INGESTION + "/v1/returns/cin", KeycloakTokens.forLa(la), "application/xml", xml);
      assertThat(pushed.statusCode()).as("push of LA %s: %s", la, pushed.body()).isBetween(200, 299);
    }
    await("every outbox relayed and the consumers idle").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
        .until(new Settled()::now);

    Map<String, String> sources = new HashMap<>();
    sources.putAll(topics());
    sources.putAll(logs());
    assertThat(sources.keySet()).as("scanned sources").anyMatch(s -> s.startsWith("kafka:")).anyMatch(s -> s.startsWith("log:"));
    List<String> leaks = new ArrayList<>();
    sources.forEach((source, text) -> needles.stream().filter(text::contains).forEach(n -> leaks.add(source + " holds " + n)));
    assertThat(leaks).as("child identifiers outside ingestion-service (%d sources, %d identifiers)", sources.size(), needles.size()).isEmpty();
  }

  /** A return whose children all carry a UPN; their identifiers go into {@code needles}. */
  static String returnWithIdentifiers(String la, int children, Set<String> needles) {
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    String xml = MatrixFixtures.cinReturn(la, children);
    StringBuilder out = new StringBuilder();
    int from = 0;
    int child = 0;
    while (true) {
      int at = xml.indexOf("<UPNunknown>UN1</UPNunknown>", from);
      if (at < 0) {
        break;
      }
      String upn = "Z9" + String.format("%010d", rnd.nextLong(10_000_000_000L)) + "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(rnd.nextInt(23));
      needles.add(upn);
      out.append(xml, from, at).append("<UPN>").append(upn).append("</UPN>");
      from = at + "<UPNunknown>UN1</UPNunknown>".length();
      child++;
    }
    out.append(xml.substring(from));
    assertThat(child).isEqualTo(children);
    return collect(out.toString(), needles);
  }

  /** Adds the LAchildIDs and birth dates (both spellings) of a return to {@code needles}. */
  static String collect(String result, Set<String> needles) {
    for (String tag : List.of("LAchildID", "PersonBirthDate")) {
      int i = 0;
      while ((i = result.indexOf("<" + tag + ">", i)) >= 0) {
        int end = result.indexOf("</" + tag + ">", i);
        String value = result.substring(i + tag.length() + 2, end);
        needles.add(value);
        if (tag.equals("PersonBirthDate")) {
          LocalDate d = LocalDate.parse(value);
          needles.add(String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        }
        i = end;
      }
    }
    return result;
  }

  static Map<String, String> topics() {
    Map<String, String> out = new HashMap<>();
    TopicRecords.all().forEach((topic, records) -> {
      StringBuilder text = new StringBuilder();
      records.forEach(r -> text.append(r.key()).append('\t').append(r.value()).append('\n'));
      out.put("kafka:" + topic, text.toString());
    });
    return out;
  }

  static Map<String, String> logs() throws IOException {
    Map<String, String> out = new HashMap<>();
    Path dir = Files.isDirectory(LOGS) ? LOGS : Path.of("deploy", "local", ".run", "logs");
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().matches(".*-service(-\\d+)?\\.log(\\.\\d+)?")).toList()) {
        out.put("log:" + f.getFileName(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
