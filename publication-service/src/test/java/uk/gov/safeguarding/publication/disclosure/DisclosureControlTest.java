package uk.gov.safeguarding.publication.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.IndicatorMeta;

class DisclosureControlTest {
  static final IndicatorMeta COUNT = new IndicatorMeta("cpp-at-31-march", "Children on a plan", "Child protection", "count", 0, "NO_JUDGEMENT", "test");
  static final IndicatorMeta RATE = new IndicatorMeta("referral-rate", "Referral rate", "Referrals", "rate per 10,000 children", 1, "NO_JUDGEMENT", "test");
  static final IndicatorMeta POLICE = new IndicatorMeta("referral-source-police", "From police", "Referrals", "percent", 1, "NO_JUDGEMENT", "test");
  static final IndicatorMeta HEALTH = new IndicatorMeta("referral-source-health", "From health", "Referrals", "percent", 1, "NO_JUDGEMENT", "test");
  static final IndicatorMeta SCHOOLS = new IndicatorMeta("referral-source-schools", "From schools", "Referrals", "percent", 1, "NO_JUDGEMENT", "test");
  static final List<IndicatorMeta> ALL = List.of(COUNT, RATE, POLICE, HEALTH, SCHOOLS);
  static final String NE = "E12000001";

  static RawValue la(IndicatorMeta m, String area, String num, String den, String value) {
    return new RawValue(new DataRow("2024-25", "Local authority", area, "800", "LA " + area, NE, m.id(), dec(value), null, dec(num), dec(den), dec(value), dec(value), dec(value), dec(value), "SIMILAR", "SIMILAR", "SIMILAR", null));
  }

  static RawValue aggregate(IndicatorMeta m, String level, String area, String num, String den, String value) {
    return new RawValue(new DataRow("2024-25", level, area, null, area, level.equals("Regional") ? area : null, m.id(), dec(value), null, dec(num), dec(den), null, null, null, null, null, null, null, null));
  }

  static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  static Map<String, DataRow> byArea(List<DataRow> rows) {
    return rows.stream().collect(Collectors.toMap(r -> r.indicatorId() + "@" + r.areaCode(), Function.identity()));
  }

  @Nested
  class PrimarySuppression {
    @ParameterizedTest(name = "LA count {0} -> status {1}")
    @CsvSource(nullValues = "null", value = {"0,null", "1,c", "3,c", "5,c", "6,null", "250,null"})
    void suppressesLocalAuthorityCountsOfOneToFive(String count, String status) {
      // two other small counts in the region, so no secondary suppression is needed whatever the count
      List<DataRow> rows = DisclosureControl.apply(ALL, List.of(
          la(COUNT, "E06000001", null, null, count), la(COUNT, "E06000002", null, null, "4"), la(COUNT, "E06000003", null, null, "2"), la(COUNT, "E06000004", null, null, "900")));
      DataRow row = byArea(rows).get("cpp-at-31-march@E06000001");
      assertThat(row.status()).isEqualTo(status);
      if (status == null) {
        assertThat(row.value()).isEqualByComparingTo(count);
      } else {
        assertThat(row).extracting(DataRow::value, DataRow::lower95, DataRow::comparedWithEngland).containsOnlyNulls();
      }
    }

    @Test
    void suppressesARateWhoseNumeratorIsSmallWithNumeratorDenominatorAndIntervals() {
      List<DataRow> rows = DisclosureControl.apply(ALL, List.of(la(RATE, "E06000001", "3", "25000", "1.2"), la(RATE, "E06000002", "4", "30000", "1.3")));
      DataRow row = byArea(rows).get("referral-rate@E06000001");
      assertThat(row.status()).isEqualTo("c");
      assertThat(row).extracting(DataRow::value, DataRow::numerator, DataRow::denominator, DataRow::upper95).containsOnlyNulls();
    }

    @Test
    void suppressesAPercentageOfASmallDenominator() {
      List<DataRow> rows = DisclosureControl.apply(ALL, List.of(la(POLICE, "E06000001", "0", "4", "0"), la(POLICE, "E06000002", "40", "400", "10")));
      assertThat(byArea(rows).get("referral-source-police@E06000001").status()).isEqualTo("c");
    }

    @Test
    void publishesZeroAndLargeCountsUnchangedAtLocalAuthorityLevel() {
      List<DataRow> rows = DisclosureControl.apply(ALL, List.of(la(COUNT, "E06000001", null, null, "0"), la(COUNT, "E06000002", null, null, "1234")));
      assertThat(byArea(rows).get("cpp-at-31-march@E06000001").value()).isEqualByComparingTo("0");
      assertThat(byArea(rows).get("cpp-at-31-march@E06000002").value()).isEqualByComparingTo("1234");
    }
  }

  @Nested
  class SecondarySuppression {
    @Test
    void aLoneSuppressedAuthorityInARegionTakesTheSmallestOtherWithIt() {
      // region total 93 = 3 + 40 + 50: with only 3 hidden, 93 - 40 - 50 would reveal it
      List<DataRow> rows = DisclosureControl.apply(ALL, List.of(
          la(COUNT, "E06000001", null, null, "3"), la(COUNT, "E06000002", null, null, "40"), la(COUNT, "E06000003", null, null, "50"),
          aggregate(COUNT, "Regional", NE, null, null, "93")));
      Map<String, DataRow> m = byArea(rows);
      assertThat(m.get("cpp-at-31-march@E06000001").status()).isEqualTo("c");
      assertThat(m.get("cpp-at-31-march@E06000002").status()).as("secondary").isEqualTo("c");
      assertThat(m.get("cpp-at-31-march@E06000003").value()).isEqualByComparingTo("50");
    }

    @Test
    void twoPrimarySuppressionsNeedNoSecondary() {
      List<DataRow> rows = DisclosureControl.apply(ALL, List.of(
          la(COUNT, "E06000001", null, null, "2"), la(COUNT, "E06000002", null, null, "4"), la(COUNT, "E06000003", null, null, "50")));
      assertThat(byArea(rows).get("cpp-at-31-march@E06000003").status()).isNull();
    }

    @Test
    void aBreakdownWithOneSuppressedPartHidesAnotherPart() {
      // police + health + schools referrals share the denominator 100: 2 hidden alone is 100 - 30 - 68
      List<DataRow> rows = DisclosureControl.apply(ALL, List.of(
          la(POLICE, "E06000001", "2", "100", "2"), la(HEALTH, "E06000001", "30", "100", "30"), la(SCHOOLS, "E06000001", "68", "100", "68"),
          la(POLICE, "E06000002", "20", "200", "10"), la(HEALTH, "E06000002", "80", "200", "40"), la(SCHOOLS, "E06000002", "100", "200", "50")));
      Map<String, DataRow> m = byArea(rows);
      assertThat(m.get("referral-source-police@E06000001").status()).isEqualTo("c");
      assertThat(m.get("referral-source-health@E06000001").status()).as("secondary in the breakdown").isEqualTo("c");
      assertThat(m.get("referral-source-schools@E06000001").status()).isNull();
    }

    @Test
    void noGroupIsLeftWithExactlyOneSuppressedCell() {
      List<RawValue> values = new ArrayList<>();
      int[] counts = {1, 7, 12, 5, 90, 3, 44, 8, 2, 61, 4, 17};
      for (int i = 0; i < counts.length; i++) {
        String region = "E1200000" + (1 + i % 3);
        values.add(new RawValue(new DataRow("2024-25", "Local authority", "E0600%04d".formatted(i), "8" + i, "LA " + i, region, COUNT.id(), BigDecimal.valueOf(counts[i]), null, null, null, null, null, null, null, null, null, null, null)));
      }
      List<DataRow> rows = DisclosureControl.apply(ALL, values);
      Map<String, Long> suppressedPerRegion = rows.stream().filter(r -> "c".equals(r.status())).collect(Collectors.groupingBy(DataRow::regionCode, Collectors.counting()));
      assertThat(suppressedPerRegion.values()).allSatisfy(n -> assertThat(n).isNotEqualTo(1L));
      assertThat(rows.stream().filter(r -> r.value() != null)).allSatisfy(r -> assertThat(DisclosureControl.isSmall(r.value())).isFalse());
    }
  }

  @Nested
  class Rounding {
    @ParameterizedTest(name = "England count {0} -> {1}")
    @CsvSource({"1234,1230", "1235,1240", "15,20", "10,10", "0,0"})
    void roundsNationalAndRegionalCountsToTheNearestTen(String count, String rounded) {
      List<DataRow> rows = DisclosureControl.apply(ALL, List.of(aggregate(COUNT, "National", "E92000001", null, null, count)));
      assertThat(rows.get(0).value()).isEqualByComparingTo(rounded);
      assertThat(rows.get(0).status()).isNull();
    }

    @Test
    void aRegionalCountThatRoundsToZeroIsLow() {
      List<DataRow> rows = DisclosureControl.apply(ALL, List.of(aggregate(COUNT, "Regional", NE, null, null, "3")));
      assertThat(rows.get(0).value()).isNull();
      assertThat(rows.get(0).status()).isEqualTo("low");
    }

    @Test
    void roundsNumeratorAndDenominatorOfAggregatesToTen() {
      List<DataRow> rows = DisclosureControl.apply(ALL, List.of(aggregate(RATE, "National", "E92000001", "612347", "12000004", "510.28916")));
      assertThat(rows.get(0).numerator()).isEqualByComparingTo("612350");
      assertThat(rows.get(0).denominator()).isEqualByComparingTo("12000000");
      assertThat(rows.get(0).value()).isEqualByComparingTo("510.3");
    }

    @ParameterizedTest(name = "rate {0} -> {1}")
    @CsvSource({"512.34,512.3", "512.35,512.4", "0.04,low", "7,7.0"})
    void roundsRatesAndPercentagesToOneDecimalPlace(String value, String expected) {
      List<DataRow> rows = DisclosureControl.apply(ALL, List.of(la(RATE, "E06000001", "600", "12000", value)));
      DataRow row = rows.get(0);
      if (expected.equals("low")) {
        assertThat(row.status()).isEqualTo("low");
        assertThat(row.value()).isNull();
      } else {
        assertThat(row.value().toPlainString()).isEqualTo(expected);
        assertThat(row.lower95().scale()).isEqualTo(1);
      }
    }
  }

  @Nested
  class Symbols {
    @Test
    void aMissingValueIsUnavailable() {
      assertThat(DisclosureControl.apply(ALL, List.of(la(RATE, "E06000001", null, null, null))).get(0).status()).isEqualTo("x");
    }

    @Test
    void aZeroDenominatorIsNotApplicable() {
      DataRow row = DisclosureControl.apply(ALL, List.of(la(POLICE, "E06000001", "0", "0", "0"))).get(0);
      assertThat(row.status()).isEqualTo("z");
      assertThat(row.value()).isNull();
    }
  }
}
