package uk.gov.safeguarding.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IndicatorsComputedContractTest extends EventContract<IndicatorsComputed> {

  @Override
  IndicatorsComputed example() {
    IndicatorDefinition referralRate =
        new IndicatorDefinition(
            "referral-rate", "Referrals per 10,000 children", "activity", "rate per 10,000 children aged 0-17", 1, "NO_JUDGEMENT", "CIN census", null);
    IndicatorDefinition injuryAdmissions =
        new IndicatorDefinition(
            "hospital-admissions-injuries-rate", "Hospital admissions caused by injuries", "outcomes", "rate per 10,000 children aged 0-17", 1, "LOW_IS_GOOD",
            "Hospital Episode Statistics (NHS England)", "N5");
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
    return new IndicatorsComputed(
        IndicatorsComputed.SCHEMA_VERSION,
        UUID.fromString("0d9c4f8e-3b7a-4e21-8c6d-5a4b3c2d1e0f"),
        Instant.parse("2026-05-02T07:00:00Z"),
        2025,
        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
        List.of(referralRate, injuryAdmissions),
        List.of(la, england));
  }

  @Test
  void schemaRejectsAnAreaLevelOutsideLaRegionAndEngland() {
    assertThat(violationsOnceBroken(event -> firstValue(event).put("areaLevel", "WARD"))).anySatisfy(mentioning("areaLevel"));
  }

  @Test
  void schemaRejectsAnUnknownComparisonOutcome() {
    assertThat(violationsOnceBroken(event -> firstValue(event).put("comparedWithEngland", "MUCH_BETTER")))
        .anySatisfy(mentioning("comparedWithEngland"));
  }

  private static ObjectNode firstValue(ObjectNode event) {
    return (ObjectNode) event.path("values").get(0);
  }
}
