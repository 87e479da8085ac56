package uk.gov.safeguarding.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.IndicatorYear;
import uk.gov.safeguarding.events.IndicatorsChanged;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.indicator.measures.MeasureIntakeService;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Over the real database, with the resend check every second: a year whose last snapshot event
 * grew older than {@code indicators.events.snapshot-after} is sent as a snapshot again although
 * no LA pushed (so a consumer that lost its place recovers however quiet the year), its next
 * change is sent as changes to that snapshot, and a year stored before IndicatorsChanged (its hash
 * of the whole-year event form) is sent as a snapshot with the stored hash brought to the new form.
 */
@QuarkusTest
@TestProfile(SnapshotResendTest.CheckEverySecond.class)
class SnapshotResendTest {

  public static class CheckEverySecond implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("indicators.events.snapshot-check", "1s");
    }
  }

  @Inject MeasureIntakeService intake;
  @Inject AgroalDataSource dataSource;

  private final List<LocalAuthority> las = AreaRegistry.standard().liveAuthorities().subList(0, 12);
  private final int year = MeasuresProducer.randomYear();

  @Test
  void aQuietYearWhoseLastSnapshotGrewOldIsSentAsASnapshotAgainAndItsNextChangeAppliesToIt() throws Exception {
    QuarkusTransaction.requiringNew().run(() -> las.forEach(la -> report(la, 1, 1000)));
    await().atMost(Duration.ofSeconds(20)).until(() -> events().size() == 1);

    execute("update year_snapshot set snapshot_event_at = now() - interval '2 hours' where collection_year = ?");

    await().atMost(Duration.ofSeconds(20)).until(() -> events().size() == 2);
    List<IndicatorsChanged> events = events();
    assertThat(events).extracting(IndicatorsChanged::kind).containsExactly(IndicatorsChanged.Kind.SNAPSHOT, IndicatorsChanged.Kind.SNAPSHOT);
    assertThat(events.get(1).contentHash()).as("the same content again").isEqualTo(events.get(0).contentHash());
    assertThat(storedEventId()).isEqualTo(events.get(1).eventId().toString());
    Thread.sleep(2_500);
    assertThat(events()).as("sent once, not every check").hasSize(2);

    report(las.get(3), 2, 2345);
    await().atMost(Duration.ofSeconds(20)).until(() -> events().size() == 3);
    IndicatorsChanged change = events().get(2);
    assertThat(change.kind()).isEqualTo(IndicatorsChanged.Kind.CHANGES);
    assertThat(change.baseContentHash()).isEqualTo(events.get(1).contentHash());
    IndicatorYear followed = IndicatorYear.empty(year).apply(events.get(1)).apply(change);
    assertThat(followed.contentHash()).isEqualTo(change.contentHash());
  }

  @Test
  void aYearStoredWithTheWholeYearEventsHashIsSentAsASnapshotInTheNewForm() throws Exception {
    QuarkusTransaction.requiringNew().run(() -> las.forEach(la -> report(la, 1, 1500)));
    await().atMost(Duration.ofSeconds(20)).until(() -> events().size() == 1);
    String hash = events().get(0).contentHash();

    // as a row written by the whole-year IndicatorsComputed producer looks after the migration
    execute("update year_snapshot set content_hash = 'c0ffee-whole-year-form', snapshot_event_at = null where collection_year = ?");

    await().atMost(Duration.ofSeconds(20)).until(() -> events().size() == 2);
    assertThat(events().get(1).kind()).isEqualTo(IndicatorsChanged.Kind.SNAPSHOT);
    assertThat(events().get(1).contentHash()).as("the stored values, hashed as the events hash them").isEqualTo(hash);
    assertThat(storedHash()).isEqualTo(hash);
  }

  private void report(LocalAuthority la, int version, long referrals) {
    intake.accept(MeasuresProducer.event(MeasureSource.CIN_CENSUS, la.gssCode(), la.oldCode(), year, "resend-" + UUID.randomUUID(), version,
        Map.of("REFERRALS", BigDecimal.valueOf(referrals + version))));
    if (version == 1) {
      intake.accept(MeasuresProducer.event(MeasureSource.POPULATION, la.gssCode(), la.oldCode(), year, "resend-" + UUID.randomUUID(), 1,
          Map.of("POPULATION_0_17", BigDecimal.valueOf(50_000))));
    }
  }

  private List<IndicatorsChanged> events() {
    return OutboxEvents.ofYear(dataSource, year);
  }

  private String storedEventId() throws Exception {
    return single("select event_id::text from year_snapshot where collection_year = ?");
  }

  private String storedHash() throws Exception {
    return single("select content_hash from year_snapshot where collection_year = ?");
  }

  private String single(String sql) throws Exception {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, year);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private void execute(String sql) throws Exception {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, year);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }
}
