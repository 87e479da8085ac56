package uk.gov.safeguarding.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeasuresComputedContractTest extends EventContract<MeasuresComputed> {

  @Override
  MeasuresComputed example() {
    Map<String, BigDecimal> counts = new TreeMap<>();
    counts.put(MeasureCodes.REFERRALS, new BigDecimal("412"));
    counts.put(MeasureCodes.REFERRALS_SOURCE_PREFIX + "POLICE", new BigDecimal("118"));
    counts.put(MeasureCodes.SW_FTE, new BigDecimal("37.5"));
    Map<String, Map<Integer, Long>> distributions =
        Map.of(MeasureCodes.DAYS_REFERRAL_TO_ASSESSMENT, new TreeMap<>(Map.of(12, 30L, 45, 7L)));
    return new MeasuresComputed(
        MeasuresComputed.SCHEMA_VERSION,
        UUID.fromString("5b1f0c1e-8a2d-4c55-9d0e-2f6a7b8c9d01"),
        Instant.parse("2026-04-30T09:15:00Z"),
        MeasureSource.CIN_CENSUS,
        "E09000002",
        "301",
        2025,
        "return-0001",
        2,
        1,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        counts,
        distributions);
  }

  @Test
  void schemaRejectsASourceThatIsNotAMeasureSource() {
    assertThat(violationsOnceBroken(event -> event.put("source", "HOUSEHOLD_SURVEY"))).anySatisfy(mentioning("source"));
  }

  @Test
  void schemaRejectsAFractionalCaseCountInADistribution() {
    assertThat(violationsOnceBroken(event -> ((ObjectNode) event.path("distributions").path(MeasureCodes.DAYS_REFERRAL_TO_ASSESSMENT)).put("12", 2.5)))
        .isNotEmpty();
  }
}
