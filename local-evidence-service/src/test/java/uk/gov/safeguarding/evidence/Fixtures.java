package uk.gov.safeguarding.evidence;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import uk.gov.safeguarding.testsupport.KeycloakTokens;
import uk.gov.safeguarding.reference.period.CollectionYear;

/** Request builders shared by the specifications. All data is synthetic. */
public final class Fixtures {
  private Fixtures() {}

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  public static RequestSpecification asLa(String oldCode) {
    return as(KeycloakTokens.forLa(oldCode));
  }

  /** The start years of the financial years 1900-01 to 2098-99, in random order. */
  private static final Deque<Integer> UNUSED_YEARS = shuffledYears();

  /**
   * A financial year no other test of this run uses (each is handed out once; the test profile
   * starts from an empty schema, so no earlier run's rows share it either).
   */
  public static synchronized String uniquePeriod() {
    Integer start = UNUSED_YEARS.poll();
    if (start == null) {
      throw new IllegalStateException("All 199 unique periods are in use: tests of one run ask for too many");
    }
    return CollectionYear.of(start + 1).label();
  }

  private static Deque<Integer> shuffledYears() {
    List<Integer> years = new ArrayList<>();
    for (int year = 1900; year < 2099; year++) {
      years.add(year);
    }
    Collections.shuffle(years, ThreadLocalRandom.current());
    return new ArrayDeque<>(years);
  }

  /** A valid evidence item for OUT-1 (a) with one local measure. */
  public static Map<String, Object> evidence(String period, String visibility) {
    Map<String, Object> body = new HashMap<>();
    body.put("questionId", "OUT-1");
    body.put("parts", List.of("a"));
    body.put("period", period);
    CollectionYear year = CollectionYear.parse(period).orElseThrow();
    body.put("coveredFrom", year.start().toString());
    body.put("coveredTo", year.censusDate().toString());
    body.put("sourceType", "SURVEY_QUESTIONNAIRE");
    body.put("method", "Online survey of children aged 8 to 17 open to children's social care (synthetic)");
    body.put("respondents", 240);
    body.put("findings", "Most children said they feel safe at home; younger children were less sure about who to tell when worried.");
    body.put("measures", new ArrayList<>(List.of(measure("feel-safe-at-home", 198, 240, false))));
    body.put("actionsTaken", "Every child's plan now names a trusted adult.");
    body.put("serviceDevelopment", "Findings presented to the children in care council and the LSCB quality sub-group.");
    body.put("owner", "Head of Quality Assurance");
    body.put("visibility", visibility);
    body.put("nationalIndicators", List.of("CPP_RATE"));
    body.put("linesOfEnquiry", List.of("Why do fewer children report feeling safe at school than nationally?"));
    body.put("synthetic", true);
    return body;
  }

  public static Map<String, Object> measure(String id, int numerator, int denominator, boolean isPublic) {
    Map<String, Object> m = new HashMap<>();
    m.put("measureId", id);
    m.put("title", "% of children in contact with social care who feel safe (" + id + ")");
    m.put("numerator", numerator);
    m.put("denominator", denominator);
    m.put("unit", "percent");
    m.put("isPublic", isPublic);
    return m;
  }

  /** Creates an item and returns its id. */
  public static String create(String la, Map<String, Object> body) {
    return asLa(la).body(body).post("/v1/local-authorities/" + la + "/evidence").then().statusCode(201).extract().path("id");
  }

  public static void move(String la, String id, String status, String note) {
    Map<String, Object> t = new HashMap<>();
    t.put("status", status);
    t.put("note", note);
    asLa(la).body(t).post("/v1/local-authorities/" + la + "/evidence/" + id + "/status").then().statusCode(200);
  }
}
