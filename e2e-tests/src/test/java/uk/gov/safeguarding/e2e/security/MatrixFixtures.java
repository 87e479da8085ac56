package uk.gov.safeguarding.e2e.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import uk.gov.safeguarding.reference.AreaRegistry;

/**
 * The data the role matrix needs, created with the owning LA's token before the matrix runs (a CIN
 * return, a workforce return, evidence items, a self-assessment, a benchmarking set), the request
 * bodies of its write rows, and the substitution of {@code {placeholders}} in matrix paths.
 */
final class MatrixFixtures {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  static final String DATA_SET = "safeguarding-indicators";
  static final int YEAR = 2025;

  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Supplier<String>> perRow = new HashMap<>();

  MatrixFixtures() {
    var own = AreaRegistry.standard().byOldCode(Callers.OWN_LA).orElseThrow();
    values.put("own", own.oldCode());
    values.put("ownGss", own.gssCode());
    values.put("region", own.regionCode());
    values.put("dataSet", DATA_SET);
    values.put("indicatorId", "referral-rate");
    values.put("questionId", "OUT-1");
    values.put("noQuestion", "ZZ-ROLEMATRIX");
    values.put("noVersion", "99.99.99");
    perRow.put("freshEvidenceId", () -> createEvidence("PRIVATE", false));
  }

  /** Creates what the matrix reads; a failure here names the service that could not do it. */
  void create() throws Exception {
    String la = Callers.token("la-own");
    HttpResponse<String> population = send("POST", Urls.INGESTION + "/v1/reference-data/population", Callers.token("data-steward"), "application/json",
        "{\"collectionYear\":" + YEAR + ",\"source\":\"Synthetic population for the role matrix\",\"values\":[{\"laCode\":\"" + Callers.OWN_LA + "\",\"population0to17\":330000}]}");
    if (population.statusCode() >= 300) {
      throw new IllegalStateException("Could not upload the population fixture: HTTP " + population.statusCode() + " " + population.body());
    }
    values.put("returnId", idOf(send("POST", Urls.INGESTION + "/v1/returns/cin", la, "application/xml", cinReturn(Callers.OWN_LA, 3)), "CIN return"));
    values.put("workforceId", idOf(send("POST", Urls.INGESTION + "/v1/returns/workforce", la, "application/json", workforce()), "workforce return"));
    values.put("evidenceId", createEvidence("PUBLIC", true));
    values.put("selfAssessmentId", idOf(send("POST", Urls.EVIDENCE + "/v1/local-authorities/" + Callers.OWN_LA + "/self-assessments", la, "application/json", selfAssessment()), "self-assessment"));
    values.put("benchmarkingSetId", idOf(send("POST", Urls.EVIDENCE + "/v1/regions/" + values.get("region") + "/benchmarking-sets", la, "application/json", benchmarkingSet()), "benchmarking set"));
    // the own LA's provisional referral rate must exist, so that another LA's read of it is a real test
    String valuesUrl = Urls.INDICATOR + "/v1/indicators/referral-rate/values?area=" + values.get("ownGss");
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
    while (!JSON.readTree(send("GET", valuesUrl, la, null, null).body()).path("values").elements().hasNext()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("indicator-service computed no referral rate for " + values.get("ownGss") + " within 120 s");
      }
      Thread.sleep(1000);
    }
    HttpResponse<String> versions = send("GET", Urls.PUBLICATION + "/v1/data-sets/" + DATA_SET + "/versions", null, null, null);
    values.put("version", latestPublished(versions));
    HttpResponse<String> publications = send("GET", Urls.PUBLICATION + "/v1/publications", null, null, null);
    JsonNode list = JSON.readTree(publications.body());
    values.put("publicationId", list.isArray() && list.size() > 0 ? list.get(0).path("id").asText() : "no-publication");
  }

  /** The path with every {placeholder} replaced; per-row placeholders create fresh data. */
  String resolve(String path) {
    String resolved = path;
    for (var e : perRow.entrySet()) {
      String key = "{" + e.getKey() + "}";
      if (resolved.contains(key)) {
        resolved = resolved.replace(key, e.getValue().get());
      }
    }
    for (var e : values.entrySet()) {
      resolved = resolved.replace("{" + e.getKey() + "}", e.getValue());
    }
    if (resolved.contains("{")) {
      throw new IllegalStateException("Unresolved placeholder in " + path);
    }
    return resolved;
  }

  /** The request body of a matrix row: content type and text, or null for none. */
  String[] body(String name) throws IOException {
    return switch (name) {
      case "", "-" -> null;
      case "empty-json" -> new String[] {"application/json", "{}"};
      case "child-id-check" -> new String[] {"application/json",
          "{\"nonce\":\"8f1d0c6a3b5e47d29a0f6e1c2b3d4a5f\",\"digests\":[\"" + "0".repeat(64) + "\"]}"};
      // an unknown area: a data steward gets 400 and nothing is stored
      case "source-data-invalid" -> new String[] {"text/csv", "areaCode,numerator\nZ99,1\n"};
      case "cin-own" -> new String[] {"application/xml", cinReturn(Callers.OWN_LA, 2)};
      case "workforce" -> new String[] {"application/json", workforce()};
      case "evidence" -> new String[] {"application/json", evidence("PRIVATE")};
      case "transition-submit" -> new String[] {"application/json", "{\"status\":\"SUBMITTED\"}"};
      case "comment" -> new String[] {"application/json", "{\"body\":\"Role-matrix peer comment (synthetic)\"}"};
      case "self-assessment" -> new String[] {"application/json", selfAssessment()};
      case "benchmarking-set" -> new String[] {"application/json", benchmarkingSet()};
      case "query" -> new String[] {"application/json", "{\"indicators\":[\"referral-rate\"],\"areas\":[\"E92000001\"]}"};
      case "publish" -> new String[] {"application/json", "{\"notice\":\"role matrix\"}"};
      case "status-change" -> new String[] {"application/json", "{\"reason\":\"role matrix\"}"};
      case "retirement" -> new String[] {"application/json", "{\"reason\":\"role matrix\"}"};
      default -> throw new IllegalArgumentException("Unknown body " + name);
    };
  }

  private String createEvidence(String visibility, boolean submit) {
    try {
      String la = Callers.token("la-own");
      String base = Urls.EVIDENCE + "/v1/local-authorities/" + Callers.OWN_LA + "/evidence";
      String id = idOf(send("POST", base, la, "application/json", evidence(visibility)), "evidence item");
      if (submit) {
        HttpResponse<String> moved = send("POST", base + "/" + id + "/status", la, "application/json", "{\"status\":\"SUBMITTED\"}");
        if (moved.statusCode() != 200) {
          throw new IllegalStateException("evidence-service did not submit the fixture item: HTTP " + moved.statusCode() + " " + moved.body());
        }
      }
      return id;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String idOf(HttpResponse<String> response, String what) throws IOException {
    if (response.statusCode() >= 300) {
      throw new IllegalStateException("Could not create the " + what + " fixture: HTTP " + response.statusCode() + " " + response.body());
    }
    JsonNode node = JSON.readTree(response.body());
    for (String field : new String[] {"id", "returnId"}) {
      if (node.hasNonNull(field)) {
        return node.get(field).asText();
      }
    }
    throw new IllegalStateException("No id in the " + what + " fixture response: " + response.body());
  }

  private static String latestPublished(HttpResponse<String> response) throws IOException {
    JsonNode root = JSON.readTree(response.body());
    JsonNode list = root.isArray() ? root : root.path("results").isArray() ? root.path("results") : root.path("versions");
    String found = null;
    for (JsonNode v : list) {
      String status = v.path("status").asText("");
      if (status.equalsIgnoreCase("published")) {
        found = v.path("version").asText();
      }
    }
    return found == null ? "1.0.0" : found;
  }

  static HttpResponse<String> send(String method, String url, String token, String contentType, String body) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  static String workforce() {
    return "{\"laCode\":\"" + Callers.OWN_LA + "\",\"collectionYear\":" + YEAR + ",\"socialWorkersFte\":229.5,\"vacanciesFte\":53,\"leaversFte\":34,\"agencyFte\":41.5,"
        + "\"absenceDays\":2300,\"workingDaysAvailable\":59800,\"casesHeld\":3400}";
  }

  static String evidence(String visibility) {
    return "{\"questionId\":\"OUT-1\",\"period\":\"2025-26\",\"coveredFrom\":\"2025-04-01\",\"coveredTo\":\"2026-03-31\","
        + "\"sourceType\":\"SURVEY_QUESTIONNAIRE\",\"method\":\"Synthetic role-matrix survey\",\"respondents\":12,"
        + "\"findings\":\"Synthetic findings written by the role-matrix test\",\"owner\":\"Head of Quality Assurance\","
        + "\"visibility\":\"" + visibility + "\",\"synthetic\":true}";
  }

  static String selfAssessment() {
    return "{\"theme\":\"OUTCOMES\",\"period\":\"2025-26\",\"rating\":\"GOOD\",\"narrative\":\"Synthetic role-matrix narrative\",\"visibility\":\"PRIVATE\",\"synthetic\":true}";
  }

  static String benchmarkingSet() {
    return "{\"name\":\"Role matrix " + UUID.randomUUID().toString().substring(0, 8) + "\",\"description\":\"synthetic\",\"indicators\":[\"referral-rate\"],\"localMeasures\":[]}";
  }

  /** A small synthetic CIN return: invented ids, no UPN, referral-only children. */
  static String cinReturn(String lea, int referrals) {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message><Header><CollectionDetails><Collection>CIN</Collection>")
        .append("<Year>").append(YEAR).append("</Year><ReferenceDate>").append(YEAR).append("-03-31</ReferenceDate></CollectionDetails>")
        .append("<Source><SourceLevel>L</SourceLevel><LEA>").append(lea).append("</LEA><SoftwareCode>role-matrix</SoftwareCode>")
        .append("<Release>1</Release><SerialNo>1</SerialNo><DateTime>").append(YEAR).append("-05-01T09:00:00</DateTime></Source></Header><Children>");
    for (int i = 0; i < referrals; i++) {
      LocalDate referral = LocalDate.of(YEAR - 1, 4, 1).plusDays(20 + i * 7L);
      while (referral.getDayOfWeek() == DayOfWeek.SATURDAY || referral.getDayOfWeek() == DayOfWeek.SUNDAY) {
        referral = referral.plusDays(1);
      }
      xml.append("<Child><ChildIdentifiers><LAchildID>RM").append(run).append(i).append("</LAchildID><UPNunknown>UN1</UPNunknown>")
          .append("<PersonBirthDate>").append(referral.minusYears(2).minusDays(i)).append("</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>")
          .append("<ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>")
          .append("<CINdetails><CINreferralDate>").append(referral).append("</CINreferralDate><ReferralSource>1A</ReferralSource>")
          .append("<CINclosureDate>").append(referral).append("</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure>")
          .append("<ReferralNFA>true</ReferralNFA></CINdetails></Child>");
    }
    return xml.append("</Children></Message>").toString();
  }
}
