package uk.gov.safeguarding.indicator.computation;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.Arrays;
import java.util.stream.Collectors;
import uk.gov.safeguarding.events.MeasureCodes;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.reference.LocalAuthority;

/** Synthetic measures for tests and the benchmark: plausible magnitudes, no real data. */
public final class SyntheticMeasures {
  private SyntheticMeasures() {}

  public static LaMeasures cinAndPopulation(String gss, double referrals, double population) {
    return new LaMeasures(gss, Set.of("CIN_CENSUS", "POPULATION"),
        Map.of("REFERRALS", referrals, "POPULATION_0_17", population), Map.of());
  }

  private static final Set<String> EVERY_SOURCE =
      Arrays.stream(MeasureSource.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

  /** Other-source uploads: counts with the denominators their publishers use. */
  private static void otherSources(Map<String, Double> c, double pop, Random o) {
    double primary = Math.round(pop * 0.45);
    double secondary = Math.round(pop * 0.35);
    double cinPupils = Math.round(pop * 0.02);
    c.put(MeasureCodes.PUPILS_PRIMARY, primary);
    c.put(MeasureCodes.FSM_ELIGIBLE_PRIMARY, Math.round(primary * (0.1 + o.nextDouble() * 0.25)) * 1.0);
    c.put(MeasureCodes.PUPILS_SECONDARY, secondary);
    c.put(MeasureCodes.FSM_ELIGIBLE_SECONDARY, Math.round(secondary * (0.1 + o.nextDouble() * 0.25)) * 1.0);
    c.put(MeasureCodes.INJURY_ADMISSIONS_0_17, Math.round(pop * (0.006 + o.nextDouble() * 0.006)) * 1.0);
    c.put(MeasureCodes.INJURY_ADMISSIONS_POPULATION_0_17, pop);
    c.put(MeasureCodes.AE_INJURY_ATTENDANCES_0_17, Math.round(pop * (0.05 + o.nextDouble() * 0.05)) * 1.0);
    c.put(MeasureCodes.AE_POPULATION_0_17, pop);
    c.put(MeasureCodes.VIOLENT_SEXUAL_OFFENCES_0_17, Math.round(pop * (0.008 + o.nextDouble() * 0.01)) * 1.0);
    c.put(MeasureCodes.OFFENCES_POPULATION_0_17, pop);
    c.put(MeasureCodes.CARE_APPLICATIONS, Math.round(pop * (0.0006 + o.nextDouble() * 0.001)) * 1.0);
    c.put(MeasureCodes.CARE_APPLICATIONS_POPULATION_0_17, pop);
    c.put(MeasureCodes.CIN_KS2_PUPILS, Math.round(cinPupils * 0.1) * 1.0);
    c.put(MeasureCodes.CIN_KS2_EXPECTED_STANDARD, Math.round(cinPupils * 0.1 * (0.2 + o.nextDouble() * 0.2)) * 1.0);
    c.put(MeasureCodes.CIN_PUPILS_ATTENDANCE, cinPupils);
    c.put(MeasureCodes.CIN_PERSISTENTLY_ABSENT, Math.round(cinPupils * (0.35 + o.nextDouble() * 0.2)) * 1.0);
    c.put(MeasureCodes.CIN_PUPILS_EXCLUSIONS, cinPupils);
    c.put(MeasureCodes.CIN_SUSPENDED_OR_EXCLUDED, Math.round(cinPupils * (0.1 + o.nextDouble() * 0.1)) * 1.0);
  }

  /** Every source for every live LA, seeded. */
  public static Map<String, LaMeasures> allLas(Iterable<LocalAuthority> las, long seed) {
    Random r = new Random(seed);
    Map<String, LaMeasures> all = new HashMap<>();
    for (LocalAuthority la : las) {
      double pop = 20_000 + r.nextInt(250_000);
      double referrals = Math.round(pop * (0.03 + r.nextDouble() * 0.03));
      double assessments = Math.round(referrals * 0.9);
      double s47 = Math.round(pop * (0.01 + r.nextDouble() * 0.01));
      double icpc = Math.round(s47 * 0.35);
      double cppStarts = Math.round(icpc * 0.8);
      Map<String, Double> c = new HashMap<>();
      c.put("POPULATION_0_17", pop);
      c.put("REFERRALS", referrals);
      c.put("REREFERRALS_WITHIN_12_MONTHS", Math.round(referrals * (0.15 + r.nextDouble() * 0.1)) * 1.0);
      for (String s : new String[] {"POLICE", "HEALTH", "SCHOOLS_EARLY_YEARS", "LA_SERVICES", "VOLUNTARY", "INDIVIDUAL", "OTHER", "UNKNOWN"}) {
        c.put("REFERRALS_SOURCE_" + s, Math.round(referrals / 8) * 1.0);
      }
      c.put("REFERRALS_NFA", Math.round(referrals * 0.07) * 1.0);
      c.put("REFERRALS_OPEN_CASE", Math.round(referrals * 0.85) * 1.0);
      c.put("ASSESSMENTS_COMPLETED", assessments);
      c.put("ASSESSMENTS_WITHIN_45_DAYS", Math.round(assessments * (0.7 + r.nextDouble() * 0.25)) * 1.0);
      for (String f : new String[] {"1B", "2B", "3B", "4B"}) {
        c.put("ASSESSMENT_FACTOR_" + f, Math.round(assessments * 0.1 * r.nextDouble()) * 1.0);
      }
      c.put("S47_ENQUIRIES", s47);
      c.put("ICPCS", icpc);
      c.put("S47_LEADING_TO_ICPC", icpc);
      c.put("ICPC_WITHIN_15_DAYS", Math.round(icpc * 0.78) * 1.0);
      c.put("CPP_STARTS", cppStarts);
      for (String cat : new String[] {"NEGLECT", "PHYSICAL_ABUSE", "EMOTIONAL_ABUSE", "SEXUAL_ABUSE", "MULTIPLE"}) {
        c.put("CPP_STARTS_CATEGORY_" + cat, Math.round(cppStarts / 5) * 1.0);
      }
      c.put("CPP_AT_31_MARCH", Math.round(pop * 0.0042) * 1.0);
      c.put("CPP_ENDED", Math.round(cppStarts * 0.95) * 1.0);
      c.put("CPP_ENDED_2_YEARS_PLUS", Math.round(cppStarts * 0.03) * 1.0);
      c.put("CPP_OPEN_2_YEARS_PLUS_AT_31_MARCH", Math.round(pop * 0.0001) * 1.0);
      c.put("CPP_SECOND_OR_SUBSEQUENT", Math.round(cppStarts * 0.23) * 1.0);
      c.put("CPP_SECOND_WITHIN_2_YEARS", Math.round(cppStarts * 0.05) * 1.0);
      c.put("CPP_REVIEWS_DUE", cppStarts * 2);
      c.put("CPP_REVIEWS_ON_TIME", Math.round(cppStarts * 1.8) * 1.0);
      c.put("CIN_AT_31_MARCH", Math.round(pop * 0.033) * 1.0);
      c.put("SW_FTE", 100.0 + r.nextInt(300));
      c.put("SW_VACANCIES_FTE", 5.0 + r.nextInt(40));
      c.put("SW_LEAVERS_FTE", 5.0 + r.nextInt(40));
      c.put("SW_AGENCY_FTE", 5.0 + r.nextInt(40));
      c.put("SW_ABSENCE_DAYS", 500.0 + r.nextInt(2000));
      c.put("SW_WORKING_DAYS", 50_000.0);
      c.put("SW_CASES_HELD", 2000.0 + r.nextInt(3000));
      otherSources(c, pop, new Random(seed * 31 + la.gssCode().hashCode()));
      Map<String, Map<Integer, Long>> d = new HashMap<>();
      d.put("DAYS_REFERRAL_TO_ASSESSMENT", histogram(r, 60, (long) assessments));
      d.put("DAYS_S47_TO_ICPC", histogram(r, 40, (long) icpc));
      d.put("DAYS_CIN_EPISODE_OPEN", histogram(r, 1500, (long) (pop * 0.033)));
      all.put(la.gssCode(), new LaMeasures(la.gssCode(), EVERY_SOURCE, c, d));
    }
    return all;
  }

  private static Map<Integer, Long> histogram(Random r, int maxDays, long total) {
    Map<Integer, Long> h = new HashMap<>();
    for (long i = 0; i < Math.min(total, 400); i++) {
      h.merge(r.nextInt(maxDays), Math.max(1, total / 400), Long::sum);
    }
    return h;
  }
}
