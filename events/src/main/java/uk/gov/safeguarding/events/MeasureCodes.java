package uk.gov.safeguarding.events;

import java.util.Map;

/**
 * The vocabulary of aggregate measures carried by {@link MeasuresComputed}. Producers
 * (ingestion-service) and consumers (indicator-service) share these names; a code is never
 * reused with another meaning. Definitions follow DfE's CIN statistics methodology; the full
 * catalogue with definitions lives in docs/measures.md.
 */
public final class MeasureCodes {
  // --- CIN census: referrals (in the collection year, 1 April to 31 March) ---
  public static final String REFERRALS = "REFERRALS";
  public static final String REREFERRALS_WITHIN_12_MONTHS = "REREFERRALS_WITHIN_12_MONTHS";
  public static final String REFERRALS_SOURCE_PREFIX = "REFERRALS_SOURCE_"; // + POLICE, HEALTH, SCHOOLS_EARLY_YEARS, LA_SERVICES, VOLUNTARY, INDIVIDUAL, OTHER, UNKNOWN
  public static final String REFERRALS_NFA = "REFERRALS_NFA";
  public static final String REFERRALS_OPEN_CASE = "REFERRALS_OPEN_CASE";
  /** Referrals in the year whose episode closed with RC8: assessed, child not in need. */
  public static final String REFERRALS_ASSESSED_NOT_IN_NEED = "REFERRALS_ASSESSED_NOT_IN_NEED";

  // --- assessments ---
  public static final String ASSESSMENTS_COMPLETED = "ASSESSMENTS_COMPLETED";
  public static final String ASSESSMENTS_WITHIN_45_DAYS = "ASSESSMENTS_WITHIN_45_DAYS";
  /** Distribution: working days from referral to assessment completion. */
  public static final String DAYS_REFERRAL_TO_ASSESSMENT = "DAYS_REFERRAL_TO_ASSESSMENT";
  public static final String ASSESSMENT_FACTOR_PREFIX = "ASSESSMENT_FACTOR_"; // + factor code, e.g. 3A

  // --- section 47 and conferences ---
  public static final String S47_ENQUIRIES = "S47_ENQUIRIES";
  public static final String ICPCS = "ICPCS";
  public static final String S47_LEADING_TO_ICPC = "S47_LEADING_TO_ICPC";
  public static final String ICPC_WITHIN_15_DAYS = "ICPC_WITHIN_15_DAYS";
  /** Distribution: working days from strategy discussion (S47 start) to ICPC. */
  public static final String DAYS_S47_TO_ICPC = "DAYS_S47_TO_ICPC";

  // --- child protection plans ---
  public static final String CPP_STARTS = "CPP_STARTS";
  public static final String CPP_STARTS_CATEGORY_PREFIX = "CPP_STARTS_CATEGORY_"; // + NEGLECT, PHYSICAL_ABUSE, EMOTIONAL_ABUSE, SEXUAL_ABUSE, MULTIPLE
  public static final String CPP_AT_31_MARCH = "CPP_AT_31_MARCH";
  public static final String CPP_ENDED = "CPP_ENDED";
  /** Distribution: calendar days a plan lasted, for plans ended in the year. */
  public static final String DAYS_CPP_DURATION_ENDED = "DAYS_CPP_DURATION_ENDED";
  public static final String CPP_ENDED_2_YEARS_PLUS = "CPP_ENDED_2_YEARS_PLUS";
  public static final String CPP_OPEN_2_YEARS_PLUS_AT_31_MARCH = "CPP_OPEN_2_YEARS_PLUS_AT_31_MARCH";
  public static final String CPP_SECOND_OR_SUBSEQUENT = "CPP_SECOND_OR_SUBSEQUENT";
  public static final String CPP_SECOND_WITHIN_2_YEARS = "CPP_SECOND_WITHIN_2_YEARS";
  public static final String CPP_REVIEWS_DUE = "CPP_REVIEWS_DUE";
  public static final String CPP_REVIEWS_ON_TIME = "CPP_REVIEWS_ON_TIME";

  // --- children in need ---
  public static final String CIN_AT_31_MARCH = "CIN_AT_31_MARCH";
  public static final String CIN_EPISODES_IN_YEAR = "CIN_EPISODES_IN_YEAR";
  /** Children with a CIN episode (not a no-further-action referral) open at any time in the year. */
  public static final String CIN_CHILDREN_IN_YEAR = "CIN_CHILDREN_IN_YEAR";
  public static final String CIN_EPISODES_ENDED = "CIN_EPISODES_ENDED";
  /** Distribution: calendar days of CIN episodes open at 31 March. */
  public static final String DAYS_CIN_EPISODE_OPEN = "DAYS_CIN_EPISODE_OPEN";

  // --- workforce returns (FTE at 30 September, counts in the year) ---
  public static final String SW_FTE = "SW_FTE";
  public static final String SW_VACANCIES_FTE = "SW_VACANCIES_FTE";
  public static final String SW_LEAVERS_FTE = "SW_LEAVERS_FTE";
  public static final String SW_AGENCY_FTE = "SW_AGENCY_FTE";
  public static final String SW_ABSENCE_DAYS = "SW_ABSENCE_DAYS";
  public static final String SW_WORKING_DAYS = "SW_WORKING_DAYS";
  public static final String SW_CASES_HELD = "SW_CASES_HELD";

  // --- other sources ---
  /** ONS mid-year estimate of children aged 0-17. */
  public static final String POPULATION_0_17 = "POPULATION_0_17";

  // --- other-source uploads (numerator and the denominator the publisher used, both counts) ---
  /** Pupils in state-funded primary schools eligible for free school meals (January census). */
  public static final String FSM_ELIGIBLE_PRIMARY = "FSM_ELIGIBLE_PRIMARY";
  /** Pupils in state-funded primary schools (January census). */
  public static final String PUPILS_PRIMARY = "PUPILS_PRIMARY";
  public static final String FSM_ELIGIBLE_SECONDARY = "FSM_ELIGIBLE_SECONDARY";
  public static final String PUPILS_SECONDARY = "PUPILS_SECONDARY";
  /** Emergency hospital admissions caused by unintentional and deliberate injuries, ages 0-17 (financial year). */
  public static final String INJURY_ADMISSIONS_0_17 = "INJURY_ADMISSIONS_0_17";
  /** The population aged 0-17 the publisher used as the admissions' denominator. */
  public static final String INJURY_ADMISSIONS_POPULATION_0_17 = "INJURY_ADMISSIONS_POPULATION_0_17";
  /** A&E attendances for assaults, deliberate self-harm and other accidents, ages 0-17 (financial year). */
  public static final String AE_INJURY_ATTENDANCES_0_17 = "AE_INJURY_ATTENDANCES_0_17";
  public static final String AE_POPULATION_0_17 = "AE_POPULATION_0_17";
  /** Police recorded violent and sexual offences against victims aged 0-17 (financial year). */
  public static final String VIOLENT_SEXUAL_OFFENCES_0_17 = "VIOLENT_SEXUAL_OFFENCES_0_17";
  public static final String OFFENCES_POPULATION_0_17 = "OFFENCES_POPULATION_0_17";
  /** Care applications (children subject of a section 31 application) received by Cafcass (financial year). */
  public static final String CARE_APPLICATIONS = "CARE_APPLICATIONS";
  public static final String CARE_APPLICATIONS_POPULATION_0_17 = "CARE_APPLICATIONS_POPULATION_0_17";
  /** Children in need at the end of key stage 2 reaching the expected standard in reading, writing and maths. */
  public static final String CIN_KS2_EXPECTED_STANDARD = "CIN_KS2_EXPECTED_STANDARD";
  /** Children in need at the end of key stage 2 (matched NPD pupils). */
  public static final String CIN_KS2_PUPILS = "CIN_KS2_PUPILS";
  /** Children in need persistently absent (10% or more of possible sessions missed). */
  public static final String CIN_PERSISTENTLY_ABSENT = "CIN_PERSISTENTLY_ABSENT";
  /** Children in need enrolled in state-funded schools (the absence denominator). */
  public static final String CIN_PUPILS_ATTENDANCE = "CIN_PUPILS_ATTENDANCE";
  /** Children in need with at least one suspension or permanent exclusion in the year. */
  public static final String CIN_SUSPENDED_OR_EXCLUDED = "CIN_SUSPENDED_OR_EXCLUDED";
  /** Children in need enrolled in state-funded schools (the exclusions denominator). */
  public static final String CIN_PUPILS_EXCLUSIONS = "CIN_PUPILS_EXCLUSIONS";

  /**
   * The source that carries each other-source code. Every code not listed comes from CIN_CENSUS,
   * except the {@code SW_} codes (WORKFORCE) and {@link #POPULATION_0_17} (POPULATION).
   */
  public static final Map<String, MeasureSource> OTHER_SOURCE_CODES =
      Map.ofEntries(
          Map.entry(POPULATION_0_17, MeasureSource.POPULATION),
          Map.entry(FSM_ELIGIBLE_PRIMARY, MeasureSource.FREE_SCHOOL_MEALS_PRIMARY),
          Map.entry(PUPILS_PRIMARY, MeasureSource.FREE_SCHOOL_MEALS_PRIMARY),
          Map.entry(FSM_ELIGIBLE_SECONDARY, MeasureSource.FREE_SCHOOL_MEALS_SECONDARY),
          Map.entry(PUPILS_SECONDARY, MeasureSource.FREE_SCHOOL_MEALS_SECONDARY),
          Map.entry(INJURY_ADMISSIONS_0_17, MeasureSource.HOSPITAL_ADMISSIONS_INJURIES),
          Map.entry(INJURY_ADMISSIONS_POPULATION_0_17, MeasureSource.HOSPITAL_ADMISSIONS_INJURIES),
          Map.entry(AE_INJURY_ATTENDANCES_0_17, MeasureSource.AE_ATTENDANCES_INJURIES),
          Map.entry(AE_POPULATION_0_17, MeasureSource.AE_ATTENDANCES_INJURIES),
          Map.entry(VIOLENT_SEXUAL_OFFENCES_0_17, MeasureSource.VIOLENT_SEXUAL_OFFENCES),
          Map.entry(OFFENCES_POPULATION_0_17, MeasureSource.VIOLENT_SEXUAL_OFFENCES),
          Map.entry(CARE_APPLICATIONS, MeasureSource.CAFCASS_CARE_APPLICATIONS),
          Map.entry(CARE_APPLICATIONS_POPULATION_0_17, MeasureSource.CAFCASS_CARE_APPLICATIONS),
          Map.entry(CIN_KS2_EXPECTED_STANDARD, MeasureSource.NPD_CIN_ATTAINMENT),
          Map.entry(CIN_KS2_PUPILS, MeasureSource.NPD_CIN_ATTAINMENT),
          Map.entry(CIN_PERSISTENTLY_ABSENT, MeasureSource.NPD_CIN_PERSISTENT_ABSENCE),
          Map.entry(CIN_PUPILS_ATTENDANCE, MeasureSource.NPD_CIN_PERSISTENT_ABSENCE),
          Map.entry(CIN_SUSPENDED_OR_EXCLUDED, MeasureSource.NPD_CIN_EXCLUSIONS),
          Map.entry(CIN_PUPILS_EXCLUSIONS, MeasureSource.NPD_CIN_EXCLUSIONS));

  /** The source that carries a measure code (codes are never shared between sources). */
  public static MeasureSource sourceOf(String code) {
    MeasureSource other = OTHER_SOURCE_CODES.get(code);
    if (other != null) {
      return other;
    }
    return code.startsWith("SW_") ? MeasureSource.WORKFORCE : MeasureSource.CIN_CENSUS;
  }

  private MeasureCodes() {}
}
