package uk.gov.safeguarding.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.IndicatorYear;
import uk.gov.safeguarding.events.IndicatorsChanged;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.indicator.computation.ComputedValue;
import uk.gov.safeguarding.indicator.computation.LaMeasures;
import uk.gov.safeguarding.indicator.computation.YearCalculator;
import uk.gov.safeguarding.indicator.computation.YearResult;
import uk.gov.safeguarding.indicator.measures.DirtyYears;
import uk.gov.safeguarding.indicator.measures.MeasureIntakeService;
import uk.gov.safeguarding.indicator.measures.MeasureSet;
import uk.gov.safeguarding.indicator.measures.MeasureSetRepository;
import uk.gov.safeguarding.indicator.snapshot.SnapshotEvents;
import uk.gov.safeguarding.indicator.snapshot.SnapshotStore;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Over the real database, with the periodic recompute tick an hour apart so only the commit
 * signal can start a recompute: a sequence of returns (every LA, corrections, a burst of two LAs,
 * an LA appearing, a population withdrawn so its rates go missing, a count falling to zero) is
 * recomputed incrementally and promptly, and after every step the stored year equals a
 * from-scratch computation over the measures in the database, value by value for all 153 LAs and
 * every indicator, and so does what a consumer holds after applying the year's IndicatorsChanged
 * events in order (a snapshot, then only the changes). A push made while another replica holds the year's lock is not dropped: the
 * retry recomputes it once the lock is free.
 */
@QuarkusTest
@TestProfile(IncrementalRecomputeTest.SignalOnly.class)
class IncrementalRecomputeTest {
  private static final Logger LOG = Logger.getLogger(IncrementalRecomputeTest.class);

  /** The fallback tick effectively off. */
  public static class SignalOnly implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("indicators.recompute.interval", "1h");
    }
  }

  @Inject MeasureIntakeService intake;
  @Inject DirtyYears dirtyYears;
  @Inject SnapshotStore store;
  @Inject MeasureSetRepository measureSets;
  @Inject ObjectMapper json;
  @Inject MeterRegistry metrics;
  @Inject AgroalDataSource dataSource;

  private final List<LocalAuthority> las = AreaRegistry.standard().liveAuthorities();
  private final int year = MeasuresProducer.randomYear();

  @Test
  void aSequenceOfReturnsIsRecomputedIncrementallyAndEqualsAFromScratchRecomputeOfTheDatabase() {
    LocalAuthority late = las.get(40);
    QuarkusTransaction.requiringNew().run(() -> {
      long referrals = 900;
      for (LocalAuthority la : las) {
        if (la != late) {
          cin(la, 1, referrals += 7, 300 + referrals % 50);
          population(la, 1, Map.of("POPULATION_0_17", BigDecimal.valueOf(40_000 + 10 * referrals)));
        }
      }
    });
    settledEqualsFromScratch("every LA but one reports");
    double incrementalBefore = incremental();

    LocalAuthority first = las.get(0);
    cin(first, 2, 4321, 120);
    settledEqualsFromScratch("an LA corrects its return");

    cin(las.get(100), 2, 2222, 30);
    cin(las.get(101), 2, 10, 2);
    settledEqualsFromScratch("two LAs push in a burst");

    cin(late, 1, 777, 40);
    population(late, 1, Map.of("POPULATION_0_17", BigDecimal.valueOf(51_000)));
    settledEqualsFromScratch("an LA reports for the first time");

    population(las.get(7), 2, Map.of());
    settledEqualsFromScratch("an LA's population is withdrawn, so its rates go missing");

    cin(first, 3, 0, 0);
    settledEqualsFromScratch("a count falls to zero");

    assertThat(incremental() - incrementalBefore).as("incremental recomputes after the first").isGreaterThanOrEqualTo(5);
    String prometheus = given().get("/q/metrics").then().statusCode(200).extract().asString();
    for (String stage : List.of("recompute", "store", "outbox-write")) {
      assertThat(prometheus).as("per-stage timer " + stage)
          .containsPattern("pipeline_stage_seconds_count\\{[^}]*service=\"indicator\"[^}]*stage=\"" + stage + "\"[^}]*\\} [1-9]");
    }
  }

  @Test
  void aPushWhileAnotherReplicaHoldsTheYearIsRecomputedWhenItLetsGoWithoutATick() throws Exception {
    everyLaReportsItsFirstReturnAndPopulation();

    try (Connection otherReplica = dataSource.getConnection()) {
      otherReplica.setAutoCommit(false);
      try (PreparedStatement lock = otherReplica.prepareStatement("select pg_advisory_xact_lock(hashtext('indicators.year-snapshot'), ?)")) {
        lock.setInt(1, year);
        lock.executeQuery().close();
      }
      cin(las.get(5), 2, 3000, 200);
      Thread.sleep(600);
      assertThat(nothingPending()).as("the push waits while the other replica holds the year").isFalse();
      otherReplica.rollback(); // the other replica's transaction ends without having seen the push
    }
    settledEqualsFromScratch("the lock holder let go: the retry, not the hourly tick, recomputed");
  }

  @Test
  void aBurstOfEveryLaPushingIsCoalescedAndDrainedSoonAfterTheLastPush() throws Exception {
    everyLaReportsItsFirstReturnAndPopulation();
    double recomputesBefore = recomputes();

    var pushers = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<?>> pushes = new java.util.ArrayList<>();
      for (int i = 0; i < las.size(); i++) {
        LocalAuthority la = las.get(i);
        long referrals = 2000 + i;
        pushes.add(pushers.submit(() -> cin(la, 2, referrals, 150)));
      }
      for (var push : pushes) {
        push.get();
      }
    } finally {
      pushers.shutdown();
    }
    long lastCommit = System.nanoTime();
    settledEqualsFromScratch("all 153 LAs pushed, each in its own transaction");
    long drainMs = (System.nanoTime() - lastCommit) / 1_000_000;
    double recomputes = recomputes() - recomputesBefore;
    LOG.infof("Burst of %d pushes: %.0f recomputes, drained %d ms after the last commit", las.size(), recomputes, drainMs);
    assertThat(recomputes).as("recomputes for %d pushes", las.size()).isLessThan(las.size());
    assertThat(drainMs).as("backlog after the burst, ms").isLessThan(5_000);
  }

  @Test
  void aPushAfterTheYearsLastSnapshotEventGrewOldIsSentAsASnapshotAgainAndLaterOnesAsChanges() throws Exception {
    everyLaReportsItsFirstReturnAndPopulation();
    cin(las.get(3), 2, 1234, 100);
    settledEqualsFromScratch("a correction, sent as changes");
    assertThat(kindsOfTheYearsEvents()).containsExactly("SNAPSHOT", "CHANGES");

    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("update year_snapshot set snapshot_event_at = now() - interval '2 hours' where collection_year = ?")) {
      ps.setInt(1, year);
      ps.executeUpdate();
    }
    cin(las.get(4), 2, 2345, 100);
    settledEqualsFromScratch("a correction after the snapshot interval (an hour) passed");
    cin(las.get(5), 2, 3456, 100);
    settledEqualsFromScratch("the next correction");

    assertThat(kindsOfTheYearsEvents()).containsExactly("SNAPSHOT", "CHANGES", "SNAPSHOT", "CHANGES");
  }

  private List<String> kindsOfTheYearsEvents() {
    return OutboxEvents.ofYear(dataSource, year).stream().map(e -> e.kind().name()).toList();
  }

  private double recomputes() {
    return metrics.counter("indicators.year.computations", "mode", "incremental").count()
        + metrics.counter("indicators.year.computations", "mode", "full").count();
  }

  private void everyLaReportsItsFirstReturnAndPopulation() {
    QuarkusTransaction.requiringNew().run(() -> {
      for (LocalAuthority la : las) {
        cin(la, 1, 1000, 100);
        population(la, 1, Map.of("POPULATION_0_17", BigDecimal.valueOf(50_000)));
      }
    });
    settledEqualsFromScratch("every LA reports");
  }

  private void settledEqualsFromScratch(String step) {
    long start = System.nanoTime();
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(this::nothingPending);
    LOG.infof("%s: recomputed %d ms after the commit, with no tick", step, (System.nanoTime() - start) / 1_000_000);
    YearResult stored = store.year(year).orElseThrow();
    YearResult fromScratch = YearCalculator.standard().compute(year, measuresFromScratch());
    assertThat(stored.values()).as(step).hasSameSizeAs(fromScratch.values());
    Set<String> areas = new HashSet<>();
    for (int i = 0; i < fromScratch.values().size(); i++) {
      ComputedValue expected = fromScratch.values().get(i);
      assertThat(stored.values().get(i)).as("%s: %s of %s", step, expected.indicatorId(), expected.areaCode()).isEqualTo(expected);
      areas.add(expected.areaCode());
    }
    assertThat(stored.models()).as(step).isEqualTo(fromScratch.models());
    assertThat(areas).as("areas with values").hasSizeGreaterThanOrEqualTo(las.size() - 1);
    IndicatorYear expected = IndicatorYear.of(year, SnapshotEvents.definitions(Catalogue.standard()), SnapshotEvents.values(Catalogue.standard(), fromScratch));
    IndicatorYear followed = followedEvents();
    assertThat(followed.values()).as("%s: what a consumer of the year's events holds", step).isEqualTo(expected.values());
    assertThat(followed.contentHash()).as(step).isEqualTo(expected.contentHash());
  }

  /**
   * The year as a consumer holds it after applying, in order, every IndicatorsChanged event the
   * outbox holds for it: the first a snapshot, each later one the changes since the one before.
   */
  private IndicatorYear followedEvents() {
    List<IndicatorsChanged> events = OutboxEvents.ofYear(dataSource, year);
    assertThat(events).as("the year's events").isNotEmpty();
    IndicatorYear content = IndicatorYear.empty(year);
    for (int i = 0; i < events.size(); i++) {
      IndicatorsChanged event = events.get(i);
      if (i == 0) {
        assertThat(event.kind()).as("the year's first event").isEqualTo(IndicatorsChanged.Kind.SNAPSHOT);
      }
      content = content.apply(event);
      assertThat(content.contentHash()).as("event %d: the content it says it leaves", i + 1).isEqualTo(event.contentHash());
    }
    return content;
  }

  private boolean nothingPending() {
    return QuarkusTransaction.requiringNew().call(() -> dirtyYears.pending().stream().noneMatch(m -> m.year() == year));
  }

  /** The year's measures read and merged afresh, independently of the service's cache. */
  private Map<String, LaMeasures> measuresFromScratch() {
    return QuarkusTransaction.requiringNew().call(() -> {
      Map<String, Map<String, Double>> counts = new HashMap<>();
      Map<String, Map<String, Map<Integer, Long>>> distributions = new HashMap<>();
      Map<String, Set<String>> sources = new HashMap<>();
      for (MeasureSet set : measureSets.forYear(year)) {
        sources.computeIfAbsent(set.laCode, k -> new HashSet<>()).add(set.source);
        Map<String, Double> c = counts.computeIfAbsent(set.laCode, k -> new HashMap<>());
        json.readValue(set.counts, new TypeReference<Map<String, BigDecimal>>() {}).forEach((k, v) -> c.put(k, v == null ? 0 : v.doubleValue()));
        distributions.computeIfAbsent(set.laCode, k -> new HashMap<>())
            .putAll(json.readValue(set.distributions, new TypeReference<Map<String, Map<Integer, Long>>>() {}));
      }
      Map<String, LaMeasures> result = new HashMap<>();
      sources.forEach((la, s) -> result.put(la, new LaMeasures(la, s, counts.get(la), distributions.get(la))));
      return result;
    });
  }

  private double incremental() {
    return metrics.counter("indicators.year.computations", "mode", "incremental").count();
  }

  private void cin(LocalAuthority la, int version, long referrals, long s47) {
    intake.accept(MeasuresProducer.event(MeasureSource.CIN_CENSUS, la.gssCode(), la.oldCode(), year, "inc-" + UUID.randomUUID(), version,
        Map.of("REFERRALS", BigDecimal.valueOf(referrals), "S47_ENQUIRIES", BigDecimal.valueOf(s47), "CPP_STARTS", BigDecimal.valueOf(s47 / 3))));
  }

  private void population(LocalAuthority la, int version, Map<String, BigDecimal> counts) {
    intake.accept(MeasuresProducer.event(MeasureSource.POPULATION, la.gssCode(), la.oldCode(), year, "inc-" + UUID.randomUUID(), version, counts));
  }
}
