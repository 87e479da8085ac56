package uk.gov.safeguarding.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.IndicatorYear;
import uk.gov.safeguarding.events.IndicatorsChanged;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.indicator.measures.DirtyYears;
import uk.gov.safeguarding.indicator.measures.MeasureIntakeService;
import uk.gov.safeguarding.indicator.snapshot.SnapshotService;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Replicas of indicator-service run the recompute job side by side over one database. However
 * many of them recompute the same dirty year at the same moment, the year gets one snapshot and
 * one IndicatorsChanged event for its content, no recompute fails, a snapshot computed from
 * older measures never lands after one computed from newer measures, and the year's events form
 * one chain (each changes the content the one before it left) that ends at the stored content.
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
    DirtyYears.Mark mark = pendingMark(year).orElseThrow();

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
    List<JsonNode> events = events(year);
    assertThat(events).hasSize(1);
    assertThat(storedHash(year)).isEqualTo(events.get(0).get("contentHash").asText());
  }

  @Test
  void whileAnLaKeepsCorrectingItsReturnReplicasNeverStoreAnOlderSnapshotOverANewerOne() throws Exception {
    int year = MeasuresProducer.randomYear();
    LocalAuthority la = AreaRegistry.standard().byOldCode("301").orElseThrow();
    QuarkusTransaction.requiringNew().run(() -> everyLaReports(year));
    int corrections = 25;
    AtomicBoolean correcting = new AtomicBoolean(true);
    ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
    List<Future<?>> running = new ArrayList<>();
    try {
      for (int i = 0; i < REPLICAS; i++) {
        running.add(replicas.submit(() -> {
          while (correcting.get()) {
            pendingMark(year).ifPresent(snapshots::recompute);
          }
          return null;
        }));
      }
      for (int version = 2; version <= corrections + 1; version++) {
        intake.accept(MeasuresProducer.event(MeasureSource.CIN_CENSUS, la.gssCode(), la.oldCode(), year, "race-" + UUID.randomUUID(), version,
            Map.of("REFERRALS", BigDecimal.valueOf(5000 + version))));
        Thread.sleep(ThreadLocalRandom.current().nextInt(5, 60));
      }
    } finally {
      correcting.set(false);
      for (Future<?> f : running) {
        f.get();
      }
      replicas.shutdown();
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> pendingMark(year).isEmpty());
    List<Long> referrals = new ArrayList<>();
    for (JsonNode event : events(year)) {
      for (JsonNode v : event.get("values")) {
        if (v.path("indicatorId").asText().equals("referral-rate") && v.path("areaCode").asText().equals(la.gssCode())) {
          referrals.add(v.path("numerator").asLong());
        }
      }
    }
    assertThat(referrals).as("the LA's referrals in the year's events, in outbox order").isSorted().last().isEqualTo(5000L + corrections + 1);
    assertThat(storedHash(year)).as("the stored snapshot is the last event's").isEqualTo(events(year).get(events(year).size() - 1).get("contentHash").asText());
    IndicatorYear followed = IndicatorYear.empty(year);
    List<JsonNode> chain = events(year);
    assertThat(chain.get(0).get("kind").asText()).isEqualTo("SNAPSHOT");
    for (JsonNode event : chain) {
      followed = followed.apply(EventJson.read(event.toString(), IndicatorsChanged.class)); // throws on a broken chain
      assertThat(followed.contentHash()).isEqualTo(event.get("contentHash").asText());
    }
    assertThat(chain).as("changes after the first snapshot").hasSizeGreaterThan(1);
    assertThat(chain.subList(1, chain.size())).allSatisfy(e -> assertThat(e.get("kind").asText()).isEqualTo("CHANGES"));
  }

  private Optional<DirtyYears.Mark> pendingMark(int year) {
    return QuarkusTransaction.requiringNew().call(() -> dirtyYears.pending().stream().filter(m -> m.year() == year).findFirst());
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

  /** The IndicatorsChanged events in the outbox for the year, in outbox order. */
  private List<JsonNode> events(int year) {
    return QuarkusTransaction.requiringNew().call(() -> {
      List<JsonNode> events = new ArrayList<>();
      for (Object payload : em.createNativeQuery("select payload from outbox where event_key = ?1 order by id").setParameter(1, String.valueOf(year)).getResultList()) {
        events.add(EventJson.read((String) payload, JsonNode.class));
      }
      return events;
    });
  }

  private String storedHash(int year) {
    return QuarkusTransaction.requiringNew().call(() ->
        (String) em.createNativeQuery("select content_hash from year_snapshot where collection_year = ?1").setParameter(1, year).getSingleResult());
  }
}
