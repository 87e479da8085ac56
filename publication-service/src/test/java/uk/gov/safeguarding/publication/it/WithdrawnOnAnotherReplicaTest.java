package uk.gov.safeguarding.publication.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
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
  private static final IndicatorMeta RATE = new IndicatorMeta("referral-rate", "Referral rate", "Referrals", "rate per 10,000 children", 1, "NO_JUDGEMENT", "test");

  @Inject VersionService versions;
  @Inject DataSetVersionRepository repository;
  @Inject EntityManager em;

  private final String dataSet = "withdrawal-test-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aVersionWithdrawnByAnotherReplicaStopsBeingServedHere() {
    sql("insert into data_set (id, publication_id, title, summary) values (?1, 'childrens-safeguarding-performance', 'Withdrawal test', 'A data set of this test only')");
    versions.proposeDraft(dataSet, working -> new DataSetContent(List.of(RATE), List.of(
        new DataRow("2023-24", "Local authority", "E09000002", "301", "LA", "E12000007", "referral-rate", new BigDecimal("500.1"), null, null, null, null, null, null, null, null, null, null, "computed"))));
    String version = QuarkusTransaction.requiringNew().call(() -> repository.draft(dataSet).orElseThrow().version);
    versions.publish(dataSet, version, new PublishRequest(null, "Published by the withdrawal test"));
    given().get("/v1/data-sets/{id}/versions/{v}/csv", dataSet, version).then().statusCode(200); // now served from memory

    sql("update data_set_version set status = 'Withdrawn', status_reason = 'withdrawn by another replica' where data_set_id = ?1");

    await("the withdrawal seen by this replica").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300))
        .until(() -> given().get("/v1/data-sets/{id}/versions/{v}/csv", dataSet, version).statusCode() == 410);
  }

  @AfterEach
  void removeTheDataSet() {
    sql("delete from data_set_version where data_set_id = ?1");
    sql("delete from data_set where id = ?1");
  }

  private void sql(String statement) {
    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).setParameter(1, dataSet).executeUpdate());
  }
}
