package uk.gov.safeguarding.ingestion.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.events.MeasureCodes.CPP_SECOND_OR_SUBSEQUENT;
import static uk.gov.safeguarding.events.MeasureCodes.CPP_SECOND_WITHIN_2_YEARS;
import static uk.gov.safeguarding.events.MeasureCodes.REFERRALS;
import static uk.gov.safeguarding.events.MeasureCodes.REREFERRALS_WITHIN_12_MONTHS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.MeasuresComputed;
import uk.gov.safeguarding.ingestion.cin.CinXml;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * Re-referrals and repeat plans need the LA's earlier returns. When an earlier collection year's
 * return is accepted after a later one (a late return, or a corrected one), the later year's
 * counts are derived again and published as a new revision of the same return version, over the
 * real PostgreSQL and Kafka. LA 808 is used only here; each run uses fresh child ids so earlier
 * runs' history cannot match.
 */
@QuarkusTest
class HistoryAcrossReturnsFlowTest {
  private static final String LA = "808";
  private static final String GSS = "E06000004";

  /**
   * The standard test child (referral 2024-05-01, plan from 2024-07-15) moved back {@code years}
   * (1 or 2) to working days of 2023 or 2022, with GenderCurrent as those years' schema has it.
   */
  private static CinXml.Child childOf(String id, int years) {
    List<String> from = List.of("2024-05-01", "2024-05-02", "2024-05-20", "2024-06-03", "2024-07-15", "2024-07-01", "2024-10-07");
    List<String> to =
        years == 1
            ? List.of("2023-05-02", "2023-05-03", "2023-05-22", "2023-06-05", "2023-07-17", "2023-07-03", "2023-10-09")
            : List.of("2022-05-03", "2022-05-04", "2022-05-23", "2022-06-06", "2022-07-18", "2022-07-04", "2022-10-10");
    String xml = CinXml.child(id).xml().replace("<Sex>M</Sex>", "<GenderCurrent>1</GenderCurrent>");
    for (int i = 0; i < from.size(); i++) {
      xml = xml.replace(from.get(i), to.get(i));
    }
    return new CinXml.Child(xml);
  }

  /** The child's plan ends on {@code end} (after its start, before the return's 31 March). */
  private static CinXml.Child withPlanEnding(CinXml.Child child, String end) {
    return child.with("</CPPstartDate>", "</CPPstartDate><CPPendDate>" + end + "</CPPendDate>");
  }

  private static String submit(int year, CinXml.Child... children) {
    String xml = CinXml.message(year, LA, children).replace("<Release>1</Release>", "<Release>" + UUID.randomUUID() + "</Release>");
    JsonPath r =
        given().auth().oauth2(KeycloakTokens.forLa(LA)).contentType("application/xml").body(xml.getBytes(StandardCharsets.UTF_8))
            .post("/v1/returns/cin").then().statusCode(201).extract().jsonPath();
    String id = r.getString("id");
    assertThat(r.getString("status"))
        .as("%d return, issues: %s", year, given().auth().oauth2(KeycloakTokens.forLa(LA)).get("/v1/returns/" + id + "/issues").asString())
        .isEqualTo("ACCEPTED");
    return id;
  }

  private static JsonPath measures(int year) {
    return given().auth().oauth2(KeycloakTokens.forLa(LA)).queryParam("la", LA).queryParam("collectionYear", year)
        .get("/v1/measures/cin").then().statusCode(200).extract().jsonPath();
  }

  private static MeasuresComputed eventFor(MeasuresTopic topic, String returnId, int revision) {
    List<ConsumerRecord<String, String>> found = topic.await(e -> returnId.equals(e.sourceId()) && e.revision() == revision, 1);
    MeasuresTopic.assertNoChildLevelFields(found.get(0).value());
    return EventJson.read(found.get(0).value(), MeasuresComputed.class);
  }

  @Test
  void anEarlierYearAcceptedLaterDerivesTheLaterYearsReReferralsAndRepeatPlansAgain() {
    String child = "H" + UUID.randomUUID().toString().substring(0, 8);
    try (MeasuresTopic topic = new MeasuresTopic()) {
      // 2023-24: referred 2023-05-02, plan from 2023-07-17; nothing earlier is known yet
      String later = submit(2024, childOf(child, 1));
      assertThat(measures(2024).getLong("counts." + REREFERRALS_WITHIN_12_MONTHS)).isZero();
      assertThat(measures(2024).getInt("revision")).isZero();
      assertThat(eventFor(topic, later, 0).counts().get(CPP_SECOND_OR_SUBSEQUENT)).isEqualByComparingTo(BigDecimal.ZERO);

      // then 2022-23 arrives: referred 2022-05-03 (within 12 months), plan 2022-07-18 to 2022-12-01
      submit(2023, withPlanEnding(childOf(child, 2), "2022-12-01"));

      JsonPath again = measures(2024);
      assertThat(again.getString("returnId")).isEqualTo(later);
      assertThat(again.getInt("revision")).isEqualTo(1);
      assertThat(again.getLong("counts." + REREFERRALS_WITHIN_12_MONTHS)).isEqualTo(1);
      assertThat(again.getLong("counts." + CPP_SECOND_OR_SUBSEQUENT)).isEqualTo(1);
      assertThat(again.getLong("counts." + CPP_SECOND_WITHIN_2_YEARS)).isEqualTo(1);
      assertThat(again.getLong("counts." + REFERRALS)).isEqualTo(1);

      MeasuresComputed revised = eventFor(topic, later, 1);
      assertThat(revised.laCode()).isEqualTo(GSS);
      assertThat(revised.collectionYear()).isEqualTo(2024);
      assertThat(revised.sourceVersion()).isEqualTo(again.getInt("version"));
      assertThat(revised.counts().get(REREFERRALS_WITHIN_12_MONTHS)).isEqualByComparingTo(BigDecimal.ONE);
      assertThat(revised.counts().get(REFERRALS)).isEqualByComparingTo(BigDecimal.ONE);
      assertThat(revised.supersedes(revised.sourceVersion(), 0)).isTrue();

      // a corrected 2022-23 return without the child takes the history away again
      submit(2023, childOf("X" + UUID.randomUUID().toString().substring(0, 8), 2));
      JsonPath corrected = measures(2024);
      assertThat(corrected.getInt("revision")).isEqualTo(2);
      assertThat(corrected.getLong("counts." + REREFERRALS_WITHIN_12_MONTHS)).isZero();
      assertThat(corrected.getLong("counts." + CPP_SECOND_OR_SUBSEQUENT)).isZero();
      assertThat(eventFor(topic, later, 2).counts().get(CPP_SECOND_WITHIN_2_YEARS)).isEqualByComparingTo(BigDecimal.ZERO);
    }
  }

  @Test
  void anEarlierYearThatChangesNoLaterCountPublishesNoNewRevision() {
    String later = submit(2024, childOf("N" + UUID.randomUUID().toString().substring(0, 8), 1));
    submit(2023, childOf("M" + UUID.randomUUID().toString().substring(0, 8), 2));

    JsonPath m = measures(2024);
    assertThat(m.getString("returnId")).isEqualTo(later);
    assertThat(m.getInt("revision")).isZero();
  }
}
