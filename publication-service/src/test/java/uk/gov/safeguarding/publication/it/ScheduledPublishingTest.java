package uk.gov.safeguarding.publication.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

  @Inject VersionService versions;
  @Inject DataSetVersionRepository repository;
  @Inject EntityManager em;

  private ThrowAwayDataSet throwAway;

  @BeforeEach
  void aDataSetOfThisTestOnly() {
    throwAway = new ThrowAwayDataSet("scheduling-test", versions, repository, em);
  }

  @Test
  void replicasLookingForDueVersionsAtOncePublishAScheduledVersionOnce() throws Exception {
    String version = throwAway.createWithADraft("Scheduling test");
    Instant due = Instant.now().plusSeconds(2);
    versions.publish(throwAway.id(), version, new PublishRequest(due, "Scheduled by the scheduling test"));
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
    assertThat(throwAway.count("select count(*) from outbox where event_key = ?1 and payload like '%\"PUBLISHED\"%'")).isEqualTo(1);
    assertThat(throwAway.count("select count(*) from audit_event where subject_type = 'data-set-version' and subject_id = ?1 || '/" + version + "' and action = 'DATA_SET_PUBLISHED'")).isEqualTo(1);
  }

  @AfterEach
  void removeTheDataSet() {
    throwAway.remove();
  }

  private VersionStatus status(String version) {
    return QuarkusTransaction.requiringNew().call(() -> repository.find(throwAway.id(), version).orElseThrow().status);
  }
}
