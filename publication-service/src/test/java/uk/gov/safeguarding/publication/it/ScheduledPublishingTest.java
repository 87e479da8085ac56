package uk.gov.safeguarding.publication.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
import uk.gov.safeguarding.publication.version.DataSetVersionRepository;
import uk.gov.safeguarding.publication.version.PublishRequest;
import uk.gov.safeguarding.publication.version.VersionService;
import uk.gov.safeguarding.publication.version.VersionStatus;

/**
 * Every replica of publication-service runs the scheduler over one database. When a scheduled
 * version falls due, it is published once: one DataSetReleased event and one audit entry,
 * however many replicas look for due versions at the same moment.
 */
@QuarkusTest
class ScheduledPublishingTest {
  private static final int REPLICAS = 4;
  private static final IndicatorMeta RATE = new IndicatorMeta("referral-rate", "Referral rate", "Referrals", "rate per 10,000 children", 1, "NO_JUDGEMENT", "test");

  @Inject VersionService versions;
  @Inject DataSetVersionRepository repository;
  @Inject EntityManager em;

  private final String dataSet = "scheduling-test-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void replicasLookingForDueVersionsAtOncePublishAScheduledVersionOnce() throws Exception {
    sql("insert into data_set (id, publication_id, title, summary) values (?1, 'childrens-safeguarding-performance', 'Scheduling test', 'A data set of this test only')");
    versions.proposeDraft(dataSet, working -> new DataSetContent(List.of(RATE), List.of(
        new DataRow("2023-24", "Local authority", "E09000002", "301", "LA", "E12000007", "referral-rate", new BigDecimal("500.1"), null, null, null, null, null, null, null, null, null, null, "computed"))));
    String version = QuarkusTransaction.requiringNew().call(() -> repository.draft(dataSet).orElseThrow().version);
    Instant due = Instant.now().plusSeconds(2);
    versions.publish(dataSet, version, new PublishRequest(due, "Scheduled by the scheduling test"));
    await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(due));

    CyclicBarrier together = new CyclicBarrier(REPLICAS);
    ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
    List<Future<Integer>> published = new ArrayList<>();
    try {
      for (int i = 0; i < REPLICAS; i++) {
        published.add(replicas.submit(() -> {
          together.await();
          return versions.publishDue();
        }));
      }
      for (Future<Integer> f : published) {
        f.get();
      }
    } finally {
      replicas.shutdown();
    }

    // the service's own scheduler may have been first: either way, published once
    await().atMost(Duration.ofSeconds(30)).until(() -> status(version) == VersionStatus.Published);
    assertThat(count("select count(*) from outbox where event_key = ?1 and payload like '%\"PUBLISHED\"%'")).isEqualTo(1);
    assertThat(count("select count(*) from audit_event where subject_type = 'data-set-version' and subject_id = ?1 || '/" + version + "' and action = 'DATA_SET_PUBLISHED'")).isEqualTo(1);
  }

  @AfterEach
  void removeTheDataSet() {
    sql("delete from data_set_version where data_set_id = ?1");
    sql("delete from data_set where id = ?1");
  }

  private VersionStatus status(String version) {
    return QuarkusTransaction.requiringNew().call(() -> repository.find(dataSet, version).orElseThrow().status);
  }

  private long count(String query) {
    return QuarkusTransaction.requiringNew().call(() ->
        ((Number) em.createNativeQuery(query).setParameter(1, dataSet).getSingleResult()).longValue());
  }

  private void sql(String statement) {
    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).setParameter(1, dataSet).executeUpdate());
  }
}
