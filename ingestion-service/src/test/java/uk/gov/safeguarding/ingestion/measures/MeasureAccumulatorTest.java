package uk.gov.safeguarding.ingestion.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.events.MeasureCodes.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.ingestion.cin.model.Assessment;
import uk.gov.safeguarding.ingestion.cin.model.ChildProtectionPlan;
import uk.gov.safeguarding.ingestion.cin.model.CinChild;
import uk.gov.safeguarding.ingestion.cin.model.CinDetails;
import uk.gov.safeguarding.ingestion.cin.model.Section47;
import uk.gov.safeguarding.ingestion.cin.model.Sex;
import uk.gov.safeguarding.reference.calendar.WorkingDays;

/**
 * The CIN measures of a hand-built 2024/25 return (period 1 April 2024 to 31 March 2025) of four
 * synthetic children, with every expected number worked out by hand from DfE's definitions (see
 * the comments; working days exclude weekends and the 26 August 2024 bank holiday).
 */
class MeasureAccumulatorTest {
  static final Function<String, String> KEYS = ChildKeys.keyer("test-salt".getBytes(StandardCharsets.UTF_8), "301");
  static MeasureAccumulator.Result result;

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static CinDetails episode(
      String referral, String source, boolean nfa, String closure, String reason,
      List<Assessment> assessments, List<Section47> s47s, List<ChildProtectionPlan> plans) {
    return new CinDetails(
        d(referral), source, nfa ? null : "N1", closure == null ? null : d(closure), reason, null,
        nfa ? "1" : "0", nfa, assessments, List.of(), s47s, plans, 1);
  }

  static CinChild child(String id, CinDetails... episodes) {
    return new CinChild(id, null, null, null, d("2015-05-05"), null, "F", Sex.FEMALE, null, "WBRI", List.of("NONE"), List.of(episodes), 1);
  }

  static List<LocalDate> dates(String... iso) {
    return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
  }

  @BeforeAll
  static void deriveHandBuiltReturn() {
    MeasureAccumulator acc = new MeasureAccumulator("301", 2025, WorkingDays.england(), KEYS);
    // A: closed episode from before the year (police referral 10 Jan 2024), then re-referred by a
    // school on Tue 1 Oct 2024: assessment done Tue 15 Oct (10 working days), S47 Thu 3 Oct, ICPC
    // Mon 21 Oct (12 working days), neglect plan from 21 Oct, first review 15 Jan (due by 21 Jan).
    acc.visit(child("A1",
        episode("2024-01-10", "6", false, "2024-05-20", "RC7",
            List.of(new Assessment(d("2024-01-11"), null, d("2024-02-20"), List.of("1B"))), List.of(), List.of()),
        episode("2024-10-01", "2A", false, null, null,
            List.of(new Assessment(d("2024-10-02"), null, d("2024-10-15"), List.of("3A", "4B"))),
            List.of(new Section47(d("2024-10-03"), d("2024-10-24"), d("2024-10-21"), "0", false)),
            List.of(new ChildProtectionPlan(d("2024-10-21"), null, "NEG", "NEG", 0, dates("2025-01-15"))))));
    // B: health referral 3 Jun 2024 with no further action, re-referred by LA services Mon 3 Feb
    // 2025, assessed by Thu 20 Mar (33 working days), not in need (RC8).
    acc.visit(child("B2",
        episode("2024-06-03", "3A", true, "2024-06-03", "RC8", List.of(), List.of(), List.of()),
        episode("2025-02-03", "5A", false, "2025-03-20", "RC8",
            List.of(new Assessment(d("2025-02-04"), null, d("2025-03-20"), List.of("21"))), List.of(), List.of())));
    // C: known from last year's return (referral 1 Sep 2023, plan 20 Sep 2023 to 1 Feb 2024).
    // Voluntary-sector referral Mon 1 Jul 2024; assessment done Mon 9 Sep (49 working days: 50
    // weekdays less the bank holiday); S47 Tue 2 Jul, ICPC Tue 30 Jul (20 working days); emotional
    // abuse plan 30 Jul 2024 to 1 Mar 2025 (214 days), reviews 5 Nov (late: due 30 Oct) and 20 Feb.
    acc.visit(child("C3",
        episode("2024-07-01", "8", false, null, null,
            List.of(new Assessment(d("2024-07-01"), null, d("2024-09-09"), List.of("4B", "2B"))),
            List.of(new Section47(d("2024-07-02"), d("2024-07-23"), d("2024-07-30"), "0", false)),
            List.of(new ChildProtectionPlan(d("2024-07-30"), d("2025-03-01"), "EMO", "EMO", 1, dates("2024-11-05", "2025-02-20"))))));
    // D: open since 1 May 2022 (referral source unknown), physical abuse plan since 15 Jun 2022,
    // reviews every six months; both reviews in the year on time.
    acc.visit(child("D4",
        episode("2022-05-01", "10", false, null, null, List.of(), List.of(),
            List.of(new ChildProtectionPlan(d("2022-06-15"), null, "PHY", "PHY", 0,
                dates("2022-09-10", "2023-03-05", "2023-09-01", "2024-02-20", "2024-08-10", "2025-01-30"))))));

    String c = KEYS.apply("C3");
    MeasureAccumulator.History history =
        new MeasureAccumulator.History() {
          @Override
          public List<LocalDate> referralDates(String key) {
            return key.equals(c) ? dates("2023-09-01") : List.of();
          }

          @Override
          public List<Plan> plans(String key) {
            return key.equals(c) ? List.of(new Plan(d("2023-09-20"), d("2024-02-01"))) : List.of();
          }
        };
    result = acc.finish(history);
  }

  long count(String code) {
    return result.counts().get(code);
  }

  @Test
  void countsReferralsInTheYearBySourceAndOutcome() {
    assertThat(count(REFERRALS)).isEqualTo(4); // A 1 Oct, B 3 Jun, B 3 Feb, C 1 Jul
    assertThat(count(REFERRALS_SOURCE_PREFIX + "SCHOOLS_EARLY_YEARS")).isEqualTo(1);
    assertThat(count(REFERRALS_SOURCE_PREFIX + "HEALTH")).isEqualTo(1);
    assertThat(count(REFERRALS_SOURCE_PREFIX + "LA_SERVICES")).isEqualTo(1);
    assertThat(count(REFERRALS_SOURCE_PREFIX + "VOLUNTARY")).isEqualTo(1);
    assertThat(count(REFERRALS_SOURCE_PREFIX + "POLICE")).isZero(); // A's police referral was last year
    assertThat(count(REFERRALS_NFA)).isEqualTo(1);
    assertThat(count(REFERRALS_OPEN_CASE)).isEqualTo(3);
    assertThat(count(REFERRALS_ASSESSED_NOT_IN_NEED)).isEqualTo(1);
  }

  @Test
  void countsReReferralsWithin12MonthsUsingEarlierEpisodesAndHistory() {
    // A: 1 Oct 2024 after 10 Jan 2024 (same return); B: 3 Feb 2025 after 3 Jun 2024; C: 1 Jul 2024
    // after 1 Sep 2023 (history). B's first referral has no earlier one.
    assertThat(count(REREFERRALS_WITHIN_12_MONTHS)).isEqualTo(3);
  }

  @Test
  void measuresAssessmentTimelinessInWorkingDaysFromReferral() {
    assertThat(count(ASSESSMENTS_COMPLETED)).isEqualTo(3);
    assertThat(count(ASSESSMENTS_WITHIN_45_DAYS)).isEqualTo(2);
    assertThat(result.distributions().get(DAYS_REFERRAL_TO_ASSESSMENT)).containsExactlyInAnyOrderEntriesOf(Map.of(10, 1L, 33, 1L, 49, 1L));
    assertThat(count(ASSESSMENT_FACTOR_PREFIX + "4B")).isEqualTo(2);
    assertThat(count(ASSESSMENT_FACTOR_PREFIX + "3A")).isEqualTo(1);
    assertThat(count(ASSESSMENT_FACTOR_PREFIX + "2B")).isEqualTo(1);
    assertThat(count(ASSESSMENT_FACTOR_PREFIX + "21")).isEqualTo(1);
    assertThat(result.counts()).doesNotContainKey(ASSESSMENT_FACTOR_PREFIX + "1B"); // completed last year
  }

  @Test
  void countsSection47sConferencesAndTheirTimeliness() {
    assertThat(count(S47_ENQUIRIES)).isEqualTo(2);
    assertThat(count(S47_LEADING_TO_ICPC)).isEqualTo(2);
    assertThat(count(ICPCS)).isEqualTo(2);
    assertThat(count(ICPC_WITHIN_15_DAYS)).isEqualTo(1);
    assertThat(result.distributions().get(DAYS_S47_TO_ICPC)).containsExactlyInAnyOrderEntriesOf(Map.of(12, 1L, 20, 1L));
  }

  @Test
  void countsPlansStartedOpenEndedAndRepeated() {
    assertThat(count(CPP_STARTS)).isEqualTo(2);
    assertThat(count(CPP_STARTS_CATEGORY_PREFIX + "NEGLECT")).isEqualTo(1);
    assertThat(count(CPP_STARTS_CATEGORY_PREFIX + "EMOTIONAL_ABUSE")).isEqualTo(1);
    assertThat(count(CPP_STARTS_CATEGORY_PREFIX + "PHYSICAL_ABUSE")).isZero(); // D's plan began in 2022
    assertThat(count(CPP_AT_31_MARCH)).isEqualTo(2); // A and D
    assertThat(count(CPP_OPEN_2_YEARS_PLUS_AT_31_MARCH)).isEqualTo(1); // D
    assertThat(count(CPP_ENDED)).isEqualTo(1);
    assertThat(result.distributions().get(DAYS_CPP_DURATION_ENDED)).containsExactly(Map.entry(214, 1L));
    assertThat(count(CPP_ENDED_2_YEARS_PLUS)).isZero();
    assertThat(count(CPP_SECOND_OR_SUBSEQUENT)).isEqualTo(1); // C
    assertThat(count(CPP_SECOND_WITHIN_2_YEARS)).isEqualTo(1); // C: previous plan ended 1 Feb 2024
    assertThat(count(CPP_REVIEWS_DUE)).isEqualTo(5);
    assertThat(count(CPP_REVIEWS_ON_TIME)).isEqualTo(4);
  }

  @Test
  void countsChildrenInNeedAndEpisodes() {
    assertThat(count(CIN_AT_31_MARCH)).isEqualTo(3); // A, C, D
    assertThat(count(CIN_CHILDREN_IN_YEAR)).isEqualTo(4);
    assertThat(count(CIN_EPISODES_IN_YEAR)).isEqualTo(5); // B's NFA referral is not an episode of need
    assertThat(count(CIN_EPISODES_ENDED)).isEqualTo(2);
    // open at 31 March 2025 since 1 Oct 2024, 1 Jul 2024 and 1 May 2022
    assertThat(result.distributions().get(DAYS_CIN_EPISODE_OPEN)).containsExactlyInAnyOrderEntriesOf(Map.of(181, 1L, 273, 1L, 1065, 1L));
  }

  @Test
  void keepsNoIdentifiersInTheHistoryItHandsOn() {
    MeasureAccumulator acc = new MeasureAccumulator("301", 2025, WorkingDays.england(), KEYS);
    acc.visit(child("SECRETID42", episode("2024-06-03", "3A", true, "2024-06-03", "RC8", List.of(), List.of(), List.of())));
    assertThat(acc.timelines()).singleElement().satisfies(t -> {
      assertThat(t.key()).doesNotContain("SECRETID42").hasSize(32);
      assertThat(t.referralDates()).containsExactly(d("2024-06-03"));
    });
    assertThat(KEYS.apply("SECRETID42")).isEqualTo(KEYS.apply("SECRETID42"));
    assertThat(ChildKeys.keyer("test-salt".getBytes(StandardCharsets.UTF_8), "302").apply("SECRETID42")).isNotEqualTo(KEYS.apply("SECRETID42"));
  }

  @Test
  void anAssessmentOrConferenceDatedBeforeItsStartCountsNegativeWorkingDays() {
    // Reversed dates are a data error the rules report; the measures keep the signed count
    // (WorkingDays.between is negative for reversed dates): referral Tue 15 Oct 2024, assessment
    // authorised Tue 1 Oct (-10); S47 started Mon 21 Oct, ICPC Mon 14 Oct (-5)
    MeasureAccumulator acc = new MeasureAccumulator("301", 2025, WorkingDays.england(), KEYS);
    acc.visit(child("E5", episode("2024-10-15", "2A", false, null, null,
        List.of(new Assessment(d("2024-10-15"), null, d("2024-10-01"), List.of("3A"))),
        List.of(new Section47(d("2024-10-21"), null, d("2024-10-14"), "0", false)), List.of())));
    MeasureAccumulator.Result reversed = acc.finish(MeasureAccumulator.History.EMPTY);
    assertThat(reversed.distributions().get(DAYS_REFERRAL_TO_ASSESSMENT)).containsExactly(Map.entry(-10, 1L));
    assertThat(reversed.counts().get(ASSESSMENTS_WITHIN_45_DAYS)).isEqualTo(1);
    assertThat(reversed.distributions().get(DAYS_S47_TO_ICPC)).containsExactly(Map.entry(-5, 1L));
    assertThat(reversed.counts().get(ICPC_WITHIN_15_DAYS)).isEqualTo(1);
  }

  @Test
  void groupsReferralSources() {
    assertThat(MeasureAccumulator.sourceGroup("1C")).isEqualTo("INDIVIDUAL");
    assertThat(MeasureAccumulator.sourceGroup("2B")).isEqualTo("SCHOOLS_EARLY_YEARS");
    assertThat(MeasureAccumulator.sourceGroup("3E")).isEqualTo("HEALTH");
    assertThat(MeasureAccumulator.sourceGroup("5D")).isEqualTo("LA_SERVICES");
    assertThat(MeasureAccumulator.sourceGroup("6")).isEqualTo("POLICE");
    assertThat(MeasureAccumulator.sourceGroup("8")).isEqualTo("VOLUNTARY");
    assertThat(MeasureAccumulator.sourceGroup("7")).isEqualTo("OTHER");
    assertThat(MeasureAccumulator.sourceGroup("10")).isEqualTo("UNKNOWN");
    assertThat(MeasureAccumulator.sourceGroup(null)).isEqualTo("UNKNOWN");
  }
}
