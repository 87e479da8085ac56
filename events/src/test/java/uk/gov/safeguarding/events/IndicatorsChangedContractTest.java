package uk.gov.safeguarding.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.IndicatorsChanged.Kind;
import uk.gov.safeguarding.events.IndicatorsChanged.ValueKey;

class IndicatorsChangedContractTest extends EventContract<IndicatorsChanged> {

  @Override
  IndicatorsChanged example() {
    IndicatorDefinition referralRate =
        new IndicatorDefinition(
            "referral-rate", "Referrals per 10,000 children", "activity", "rate per 10,000 children aged 0-17", 1, "NO_JUDGEMENT", "CIN census", "N1");
    IndicatorValue la =
        new IndicatorValue(
            "referral-rate", "E09000002", "301", "Barking and Dagenham", "LA", "2024-25",
            new BigDecimal("2150"), new BigDecimal("62000"), new BigDecimal("346.8"),
            new BigDecimal("332.3"), new BigDecimal("361.7"), new BigDecimal("323.0"), new BigDecimal("371.4"),
            "HIGHER", "SIMILAR", "NOT_COMPARED");
    IndicatorValue england =
        new IndicatorValue(
            "referral-rate", "E92000001", null, "England", "ENGLAND", "2024-25",
            new BigDecimal("564000"), new BigDecimal("12000000"), new BigDecimal("470.0"),
            null, null, null, null, null, null, null);
    return new IndicatorsChanged(
        IndicatorsChanged.SCHEMA_VERSION,
        UUID.fromString("6f1e2d3c-4b5a-4e21-8c6d-5a4b3c2d1e0f"),
        Instant.parse("2026-05-02T07:00:00Z"),
        2025,
        Kind.CHANGES,
        "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9",
        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
        List.of(referralRate),
        List.of(la, england),
        List.of(new ValueKey("hospital-admissions-injuries-rate", "E09000002")));
  }

  @Test
  void schemaRejectsAnUnknownKind() {
    assertThat(violationsOnceBroken(event -> event.put("kind", "PATCH"))).anySatisfy(mentioning("kind"));
  }

  @Test
  void schemaRejectsChangesWithoutTheirBase() {
    assertThat(violationsOnceBroken(event -> event.putNull("baseContentHash"))).anySatisfy(mentioning("baseContentHash"));
  }

  @Test
  void schemaRejectsASnapshotThatNamesABaseOrRemovesValues() {
    assertThat(violationsOnceBroken(event -> event.put("kind", "SNAPSHOT"))).anySatisfy(mentioning("baseContentHash"));
    assertThat(violationsOnceBroken(event -> event.put("kind", "SNAPSHOT").putNull("baseContentHash"))).anySatisfy(mentioning("removed"));
  }

  @Test
  void schemaRejectsARemovedValueWithoutItsArea() {
    assertThat(violationsOnceBroken(event -> ((ObjectNode) event.path("removed").get(0)).remove("areaCode"))).anySatisfy(mentioning("areaCode"));
  }

  @Test
  void schemaRejectsAnAreaLevelOutsideLaRegionAndEngland() {
    assertThat(violationsOnceBroken(event -> ((ObjectNode) event.path("values").get(0)).put("areaLevel", "WARD"))).anySatisfy(mentioning("areaLevel"));
  }
}
