package uk.gov.safeguarding.ingestion.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.gov.safeguarding.ingestion.cin.CinXml.child;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.safeguarding.ingestion.cin.CinXml;
import uk.gov.safeguarding.ingestion.cin.ElementVariants;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * Over HTTP, PostgreSQL and Keycloak: one return per schema year whose children are the
 * full-module child with each element in turn absent, empty, blank or self-closed and each module
 * emptied, absent or repeated. The service answers with a stored version and a report, never 5xx,
 * and reports the empty InitialCategoryOfAbuse (issue 13) against its child. LA 889 only here.
 */
@QuarkusTest
class AbsentAndEmptyElementsFlowTest {
  private static final String LA = "889";

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026})
  void everyAbsentOrEmptyElementGetsAReportNot500(int year) {
    Map<String, CinXml.Child> variants = ElementVariants.of(ElementVariants.forYear(child("C1"), year));
    List<CinXml.Child> children = new ArrayList<>();
    String emptyCategoryChild = null;
    int i = 0;
    for (Map.Entry<String, CinXml.Child> v : variants.entrySet()) {
      String id = "V" + (++i);
      String xml = v.getValue().xml().replace("<LAchildID>C1</LAchildID>", "<LAchildID>" + id + "</LAchildID>");
      children.add(new CinXml.Child(xml));
      if (v.getKey().startsWith("InitialCategoryOfAbuse@") && v.getKey().endsWith(" empty")) {
        emptyCategoryChild = id;
      }
    }
    String body = CinXml.message(year, LA, children.toArray(CinXml.Child[]::new)).replace("<Release>1</Release>", "<Release>" + UUID.randomUUID() + "</Release>");
    Response r = given().auth().oauth2(KeycloakTokens.forLa(LA)).contentType("application/xml").body(body.getBytes(StandardCharsets.UTF_8)).post("/v1/returns/cin");
    r.then().statusCode(201).body("children", equalTo(children.size()));
    String id = r.path("id");

    Response report = given().auth().oauth2(KeycloakTokens.forLa(LA)).get("/v1/returns/" + id + "/issues");
    report.then().statusCode(200).body("returnId", equalTo(id));
    List<Map<String, Object>> issues = report.path("children");
    assertThat(issues).anySatisfy(f -> {
      assertThat(f.get("rule")).isEqualTo("8905");
      assertThat(f.get("field")).isEqualTo("InitialCategoryOfAbuse");
      assertThat(f.get("path")).isEqualTo("CINdetails[1]/ChildProtectionPlans[1]");
      assertThat(f.get("value")).isNull();
    });
    String expectedChild = emptyCategoryChild;
    assertThat(issues).filteredOn(f -> "8905".equals(f.get("rule"))).extracting(f -> f.get("laChildId")).contains(expectedChild);
  }
}
