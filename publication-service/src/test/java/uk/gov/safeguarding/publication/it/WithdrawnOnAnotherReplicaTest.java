package uk.gov.safeguarding.publication.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.publication.version.DataSetVersionRepository;
import uk.gov.safeguarding.publication.version.PublishRequest;
import uk.gov.safeguarding.publication.version.VersionService;

/**
 * Replicas serve public downloads from memory. When another replica withdraws a version (here: the
 * status changed in the shared database, as that replica's commit does, without this instance
 * hearing of it), this instance stops serving it within the revalidation interval (1 s in tests).
 */
@QuarkusTest
class WithdrawnOnAnotherReplicaTest {
  @Inject VersionService versions;
  @Inject DataSetVersionRepository repository;
  @Inject EntityManager em;

  private ThrowAwayDataSet throwAway;
  private String dataSet;

  @BeforeEach
  void aDataSetOfThisTestOnly() {
    throwAway = new ThrowAwayDataSet("withdrawal-test", versions, repository, em);
    dataSet = throwAway.id();
  }

  @Test
  void aVersionWithdrawnByAnotherReplicaStopsBeingServedHere() {
    String version = throwAway.createWithADraft("Withdrawal test");
    versions.publish(dataSet, version, new PublishRequest(null, "Published by the withdrawal test"));
    given().get("/v1/data-sets/{id}/versions/{v}/csv", dataSet, version).then().statusCode(200); // now served from memory

    throwAway.sql("update data_set_version set status = 'Withdrawn', status_reason = 'withdrawn by another replica' where data_set_id = ?1");

    await("the withdrawal seen by this replica").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300))
        .until(() -> given().get("/v1/data-sets/{id}/versions/{v}/csv", dataSet, version).statusCode() == 410);
  }

  @AfterEach
  void removeTheDataSet() {
    throwAway.remove();
  }
}
