package uk.gov.safeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * Public local measures travel from local-evidence-service through Kafka to a draft of the
 * {@code local-measures} data set in publication-service, with the value computed from the
 * numerator and denominator the LA recorded.
 */
class LocalMeasuresIT {
  static final String DATA_SET = "local-measures";
  static final String PERIOD = "2025-26";

  final LocalAuthority kent = AreaRegistry.standard().byOldCode("886").orElseThrow();

  @Test
  void aPublicLocalMeasureSubmittedByAnLaReachesTheLocalMeasuresDataSet() {
    String measureId = "e2e-feel-safe-" + UUID.randomUUID().toString().substring(0, 8);
    String token = KeycloakTokens.forLa(kent.oldCode());

    String id =
        given().auth().oauth2(token).contentType(ContentType.JSON)
            .body(Map.ofEntries(
                Map.entry("questionId", "OUT-1"),
                Map.entry("period", PERIOD),
                Map.entry("coveredFrom", "2025-04-01"),
                Map.entry("coveredTo", "2025-09-30"),
                Map.entry("sourceType", "SURVEY_QUESTIONNAIRE"),
                Map.entry("method", "Synthetic end-to-end survey of children in contact with social care"),
                Map.entry("respondents", 50),
                Map.entry("findings", "[Synthetic test data] 40 of 50 children said they feel safe at home."),
                Map.entry("measures", List.of(Map.of(
                    "measureId", measureId, "title", "Children who feel safe at home (e2e)",
                    "numerator", 40, "denominator", 50, "unit", "percent", "isPublic", true))),
                Map.entry("owner", "Quality assurance team"),
                Map.entry("visibility", "PUBLIC"),
                Map.entry("synthetic", true)))
            .post(Stack.EVIDENCE + "/v1/local-authorities/{la}/evidence", kent.oldCode())
            .then().statusCode(201).extract().jsonPath().getString("id");

    given().auth().oauth2(token).contentType(ContentType.JSON)
        .body(Map.of("status", "SUBMITTED"))
        .post(Stack.EVIDENCE + "/v1/local-authorities/{la}/evidence/{id}/status", kent.oldCode(), id)
        .then().statusCode(200);

    Map<String, String> row =
        await("the local measure in a local-measures draft")
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> draftRow(measureId), Optional::isPresent)
            .orElseThrow();
    assertThat(new BigDecimal(row.get("value"))).isEqualByComparingTo("80.0");
    assertThat(row.get("old_la_code")).isEqualTo("886");
  }

  Optional<Map<String, String>> draftRow(String measureId) {
    String publisher = KeycloakTokens.publisher();
    return DataSetVersions.list(publisher, DATA_SET).stream()
        .filter(v -> "Draft".equalsIgnoreCase(String.valueOf(v.get("status"))))
        .map(v -> String.valueOf(v.get("version")))
        .map(v -> given().auth().oauth2(publisher).accept("text/csv")
            .get(Stack.PUBLICATION + "/v1/data-sets/{id}/versions/{v}/csv", DATA_SET, v).asString())
        .map(csv -> PublishedCsv.parse(csv).row(measureId, kent.gssCode(), PERIOD))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
