package uk.gov.safeguarding.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.MeasureCodes;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.events.MeasuresComputed;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.indicator.catalogue.IndicatorSpec;
import uk.gov.safeguarding.indicator.catalogue.Theme;
import uk.gov.safeguarding.indicator.computation.AreaDirectory;
import uk.gov.safeguarding.indicator.computation.LaMeasures;
import uk.gov.safeguarding.indicator.computation.SyntheticMeasures;
import uk.gov.safeguarding.reference.LocalAuthority;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * The LA data profile works for every live LA: synthetic measures of every source for all 153
 * LAs and three collection years go over the real broker, as ingestion-service would send them
 * (one event per LA, year and source), and then each LA's profile for the last year has the
 * framework's five themes, every computed indicator with its three-year trend and England, region
 * and statistical-neighbour benchmarks, and lines of enquiry pointing to a theme's local questions.
 */
@QuarkusTest
@TestProfile(ProfileForEveryLaTest.OwnTopics.class)
class ProfileForEveryLaTest {
  /**
   * Topics of its own: three years of every LA are far more than other modules' tests expect to
   * find on the shared test topics (publication-service's tests read test.safeguarding.indicators.v1).
   */
  public static class OwnTopics implements QuarkusTestProfile {
    static final String PREFIX = "test-profiles.";

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("events.topic-prefix", PREFIX);
    }
  }

  private static final int YEARS = 3;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> OUTCOMES = List.of("SIMILAR", "BETTER", "WORSE", "HIGHER", "LOWER");

  @Inject AgroalDataSource dataSource;

  /** One event per source of the LA's measures (distributions belong to the CIN census). */
  private static List<MeasuresComputed> eventsOf(LocalAuthority la, int year, LaMeasures m) {
    Map<MeasureSource, Map<String, BigDecimal>> bySource = new HashMap<>();
    m.counts().forEach((code, value) -> bySource.computeIfAbsent(MeasureCodes.sourceOf(code), s -> new HashMap<>()).put(code, BigDecimal.valueOf(value)));
    List<MeasuresComputed> events = new ArrayList<>();
    bySource.forEach((source, counts) -> events.add(new MeasuresComputed(MeasuresComputed.SCHEMA_VERSION, UUID.randomUUID(), java.time.Instant.now(),
        source, la.gssCode(), la.oldCode(), year, "profile-test-" + UUID.randomUUID(), 1, 0, "hash-1", counts,
        source == MeasureSource.CIN_CENSUS ? m.distributions() : Map.of())));
    return events;
  }

  private long count(String sql, int from, int to) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, from);
      ps.setInt(2, to);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Every event stored, no year waiting for its recompute, and a snapshot for each year. */
  private boolean settled(int first, int last, long events) throws SQLException {
    return count("select count(*) from measure_set where collection_year between ? and ?", first, last) == events
        && count("select count(*) from dirty_year where collection_year between ? and ?", first, last) == 0
        && count("select count(*) from year_snapshot where collection_year between ? and ?", first, last) == YEARS;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  private static String period(int year) {
    return (year - 1) + "-" + String.format("%02d", year % 100);
  }

  @Test
  void everyLiveLaHasAProfileWithEveryThemeIndicatorTrendAndBenchmark() throws Exception {
    int first = MeasuresProducer.randomYear();
    int last = first + YEARS - 1;
    List<LocalAuthority> las = AreaDirectory.standard().liveAuthorities();
    long sent = 0;
    try (MeasuresProducer producer = MeasuresProducer.open(OwnTopics.PREFIX + Topics.MEASURES)) {
      for (int year = first; year <= last; year++) {
        Map<String, LaMeasures> measures = SyntheticMeasures.allLas(las, year);
        for (LocalAuthority la : las) {
          for (MeasuresComputed e : eventsOf(la, year, measures.get(la.gssCode()))) {
            producer.send(e);
            sent++;
          }
        }
      }
    }
    long expected = sent;
    await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(2)).until(() -> settled(first, last, expected));

    Catalogue catalogue = Catalogue.standard();
    Set<String> themeIds = catalogue.themes().stream().map(Theme::id).collect(Collectors.toSet());
    List<String> trendPeriods = List.of(period(first), period(first + 1), period(last));
    long outliers = 0;
    long expectedFindings = 0;
    for (LocalAuthority la : las) {
      JsonNode profile = JSON.readTree(given().auth().oauth2(KeycloakTokens.dfeAnalyst()).queryParam("period", String.valueOf(last))
          .get("/v1/areas/" + la.oldCode() + "/profile").then().statusCode(200).extract().asString());
      String who = la.oldCode() + " " + la.name();
      assertThat(profile.path("areaCode").asText()).isEqualTo(la.gssCode());
      assertThat(profile.path("period").asText()).isEqualTo(period(last));
      assertThat(texts(profile.path("themes"), "id")).as(who).containsExactlyInAnyOrderElementsOf(themeIds);
      for (JsonNode theme : profile.path("themes")) {
        String id = theme.path("id").asText();
        List<String> computed = catalogue.computed().stream().filter(s -> s.theme().equals(id)).map(IndicatorSpec::id).toList();
        List<String> notCollected = catalogue.all().stream().filter(s -> s.theme().equals(id) && !s.computed()).map(IndicatorSpec::id).toList();
        assertThat(texts(theme.path("indicators"), "indicatorId")).as("%s, theme %s", who, id).containsExactlyInAnyOrderElementsOf(computed);
        assertThat(JSON.convertValue(theme.path("notCollected"), List.class)).as("%s, theme %s", who, id).isEqualTo(notCollected);
        for (JsonNode i : theme.path("indicators")) {
          String what = who + ", " + i.path("indicatorId").asText();
          JsonNode england = i.path("england");
          assertThat(england.path("value").isNumber()).as(what).isTrue();
          assertThat(texts(england.path("trend"), "period")).as(what).containsAll(trendPeriods);
          assertThat(england.path("benchmarkValue").isNumber()).as(what + " England").isTrue();
          assertThat(i.path("regionValue").isNumber()).as(what + " region").isTrue();
          assertThat(i.path("neighboursValue").isNumber()).as(what + " neighbours").isTrue();
          if (england.path("lower95").isNumber()) {
            assertThat(england.path("comparison95").asText()).as(what).isIn(OUTCOMES);
            assertThat(i.path("vsRegion95").asText()).as(what).isIn(OUTCOMES);
            assertThat(i.path("vsNeighbours95").asText()).as(what).isIn(OUTCOMES);
          }
        }
      }
      // local-evidence-service is not part of this test: when it is down the profile says so
      assertThat(profile.path("localQuestionsStatus").asText()).as(who).isIn("AVAILABLE", "UNAVAILABLE");
      for (JsonNode line : profile.path("linesOfEnquiry")) {
        assertThat(themeIds).as(who).contains(line.path("localQuestionsTheme").asText());
        assertThat(line.path("text").asText()).as(who).isNotBlank();
        assertThat(line.path("localQuestions").isArray()).as(who).isTrue();
        if ("UNAVAILABLE".equals(profile.path("localQuestionsStatus").asText())) {
          assertThat(line.path("localQuestions").size()).as(who).isZero();
        }
      }
      assertThat(profile.path("linesOfEnquiry").size()).as(who).isGreaterThanOrEqualTo(profile.path("outliers").size());
      outliers += profile.path("outliers").size();
      expectedFindings += profile.path("expectedVersusActual").size();
    }
    assertThat(outliers).as("outliers across all LAs").isPositive();
    assertThat(expectedFindings).as("expected-vs-actual findings across all LAs").isPositive();
  }
}
