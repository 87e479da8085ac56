package uk.gov.safeguarding.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.indicator.measures.DirtyYears;
import uk.gov.safeguarding.indicator.measures.MeasureIntakeService;
import uk.gov.safeguarding.indicator.snapshot.SnapshotService;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Replicas of indicator-service run the recompute job side by side over one database. However
 * many of them recompute the same dirty year at the same moment, the year gets one snapshot and
 * one IndicatorsComputed event for its content, and no recompute fails.
 */
@QuarkusTest
class ConcurrentRecomputeTest {
  private static final int REPLICAS = 4;

  @Inject MeasureIntakeService intake;
  @Inject DirtyYears dirtyYears;
  @Inject SnapshotService snapshots;
  @Inject EntityManager em;

  @Test
  void replicasRecomputingTheSameYearAtOnceEmitOneEventForItsContent() throws Exception {
    int year = MeasuresProducer.randomYear();
    QuarkusTransaction.requiringNew().run(() -> everyLaReports(year));
    DirtyYears.Mark mark = QuarkusTransaction.requiringNew().call(() ->
        dirtyYears.pending().stream().filter(m -> m.year() == year).findFirst().orElseThrow());

    List<Future<Boolean>> results = new ArrayList<>();
    CyclicBarrier together = new CyclicBarrier(REPLICAS);
    ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
    try {
      for (int i = 0; i < REPLICAS; i++) {
        Callable<Boolean> recompute = () -> {
          together.await();
          return snapshots.recompute(mark);
        };
        results.add(replicas.submit(recompute));
      }
      for (Future<Boolean> result : results) {
        result.get(); // a clash on the snapshot row would surface here
      }
    } finally {
      replicas.shutdown();
    }

    // the service's own recompute job may have taken the mark first: either way, one event
    await().atMost(Duration.ofSeconds(30)).until(() -> !events(year).isEmpty());
    List<String> hashes = events(year);
    assertThat(hashes).hasSize(1);
    assertThat(storedHash(year)).isEqualTo(hashes.get(0));
  }

  private void everyLaReports(int year) {
    long referrals = 1000;
    for (LocalAuthority la : AreaRegistry.standard().liveAuthorities()) {
      intake.accept(MeasuresProducer.event(MeasureSource.CIN_CENSUS, la.gssCode(), la.oldCode(), year, "race-" + UUID.randomUUID(), 1,
          Map.of("REFERRALS", BigDecimal.valueOf(referrals++))));
      intake.accept(MeasuresProducer.event(MeasureSource.POPULATION, la.gssCode(), la.oldCode(), year, "race-" + UUID.randomUUID(), 1,
          Map.of("POPULATION_0_17", BigDecimal.valueOf(60_000))));
    }
  }

  /** The content hashes of the IndicatorsComputed events in the outbox for the year. */
  private List<String> events(int year) {
    return QuarkusTransaction.requiringNew().call(() -> {
      List<String> hashes = new ArrayList<>();
      for (Object payload : em.createNativeQuery("select payload from outbox where event_key = ?1 order by id").setParameter(1, String.valueOf(year)).getResultList()) {
        hashes.add(EventJson.read((String) payload, com.fasterxml.jackson.databind.JsonNode.class).get("contentHash").asText());
      }
      return hashes;
    });
  }

  private String storedHash(int year) {
    return QuarkusTransaction.requiringNew().call(() ->
        (String) em.createNativeQuery("select content_hash from year_snapshot where collection_year = ?1").setParameter(1, year).getSingleResult());
  }
}
