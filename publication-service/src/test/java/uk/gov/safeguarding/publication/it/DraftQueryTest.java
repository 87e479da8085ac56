package uk.gov.safeguarding.publication.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.version.DataSetVersionRepository;
import uk.gov.safeguarding.publication.version.VersionService;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * A draft keeps its version number while its content is replaced, so a publisher querying it sees
 * each replacement at once, however often the same query was answered before (found by the
 * push-to-draft benchmark: the draft's answer was kept by version id, and stayed the first one).
 */
@QuarkusTest
class DraftQueryTest {
  @Inject VersionService versions;
  @Inject DataSetVersionRepository repository;
  @Inject EntityManager em;

  private ThrowAwayDataSet dataSet;

  @Test
  void aQueryOfADraftAnswersItsCurrentContentAfterEachReplacement() {
    dataSet = new ThrowAwayDataSet("draft-query-test", versions, repository, em);
    String version = dataSet.createWithADraft("Draft query test");
    for (String value : List.of("500.1", "612.4", "433.0")) {
      if (!value.equals("500.1")) {
        versions.proposeDraft(dataSet.id(), working -> new DataSetContent(working.indicators(), List.of(row(value))));
      }
      for (int asked = 0; asked < 2; asked++) {
        given().auth().oauth2(KeycloakTokens.publisher())
            .get("/v1/data-sets/{id}/query?version={v}&areas=301&indicators=referral-rate", dataSet.id(), version)
            .then().statusCode(200)
            .body("version", equalTo(version))
            .body("results.value", contains(Float.valueOf(value)));
      }
    }
  }

  private static DataRow row(String value) {
    return new DataRow("2023-24", "Local authority", "E09000002", "301", "LA", "E12000007", "referral-rate",
        new BigDecimal(value), null, null, null, null, null, null, null, null, null, null, "computed");
  }

  @AfterEach
  void removeTheDataSet() {
    if (dataSet != null) {
      dataSet.remove();
    }
  }
}
