package uk.gov.safeguarding.ingestion.sourcedata;

import java.util.Arrays;
import java.util.Optional;
import uk.gov.safeguarding.events.MeasureCodes;
import uk.gov.safeguarding.events.MeasureSource;

/**
 * The catalogue of other-source datasets a data steward may upload: for each, what its numerator
 * and denominator count, how its periods are named, and the measure codes and source its
 * {@code MeasuresComputed} events carry. Uploads are counts, never pre-computed rates.
 */
public enum SourceDataset {
  POPULATION(
      "ons-population-0-17", "ONS mid-year population estimates, children aged 0-17", "Office for National Statistics",
      MeasureSource.POPULATION, PeriodType.MID_YEAR,
      MeasureCodes.POPULATION_0_17, "children aged 0-17 living in the LA at 30 June (the denominator of every rate per 10,000)",
      null, null, false),
  FREE_SCHOOL_MEALS_PRIMARY(
      "free-school-meals-primary", "Free school meals eligibility, state-funded primary schools (deprivation proxy)",
      "DfE, Schools, pupils and their characteristics", MeasureSource.FREE_SCHOOL_MEALS_PRIMARY, PeriodType.ACADEMIC_YEAR,
      MeasureCodes.FSM_ELIGIBLE_PRIMARY, "pupils eligible for free school meals in the January school census",
      MeasureCodes.PUPILS_PRIMARY, "pupils on roll in the January school census", true),
  FREE_SCHOOL_MEALS_SECONDARY(
      "free-school-meals-secondary", "Free school meals eligibility, state-funded secondary schools (deprivation proxy)",
      "DfE, Schools, pupils and their characteristics", MeasureSource.FREE_SCHOOL_MEALS_SECONDARY, PeriodType.ACADEMIC_YEAR,
      MeasureCodes.FSM_ELIGIBLE_SECONDARY, "pupils eligible for free school meals in the January school census",
      MeasureCodes.PUPILS_SECONDARY, "pupils on roll in the January school census", true),
  HOSPITAL_ADMISSIONS_INJURIES(
      "hospital-admissions-injuries-0-17", "Hospital admissions caused by unintentional and deliberate injuries, ages 0-17",
      "NHS England, Hospital Episode Statistics (via OHID Fingertips)", MeasureSource.HOSPITAL_ADMISSIONS_INJURIES,
      PeriodType.FINANCIAL_YEAR,
      MeasureCodes.INJURY_ADMISSIONS_0_17, "emergency admissions of children aged 0-17 caused by unintentional and deliberate injuries",
      MeasureCodes.INJURY_ADMISSIONS_POPULATION_0_17, "children aged 0-17 (the population the publisher used)", false),
  AE_ATTENDANCES_INJURIES(
      "ae-attendances-injuries-0-17", "A&E attendances for assaults, deliberate self-harm and other accidents, ages 0-17",
      "NHS England, Hospital Episode Statistics A&E / ECDS", MeasureSource.AE_ATTENDANCES_INJURIES, PeriodType.FINANCIAL_YEAR,
      MeasureCodes.AE_INJURY_ATTENDANCES_0_17, "A&E attendances of children aged 0-17 for assaults, deliberate self-harm and other accidents",
      MeasureCodes.AE_POPULATION_0_17, "children aged 0-17 (the population the publisher used)", false),
  VIOLENT_SEXUAL_OFFENCES(
      "violent-sexual-offences-against-children", "Police recorded violent and sexual offences against children",
      "Home Office, police recorded crime", MeasureSource.VIOLENT_SEXUAL_OFFENCES, PeriodType.FINANCIAL_YEAR,
      MeasureCodes.VIOLENT_SEXUAL_OFFENCES_0_17, "violence against the person and sexual offences recorded with a victim aged 0-17",
      MeasureCodes.OFFENCES_POPULATION_0_17, "children aged 0-17 (the population the publisher used)", false),
  CAFCASS_CARE_APPLICATIONS(
      "cafcass-care-applications", "Care applications received by Cafcass", "Cafcass", MeasureSource.CAFCASS_CARE_APPLICATIONS,
      PeriodType.FINANCIAL_YEAR,
      MeasureCodes.CARE_APPLICATIONS, "children who were the subject of a care or supervision application (section 31) made by the LA",
      MeasureCodes.CARE_APPLICATIONS_POPULATION_0_17, "children aged 0-17 (the population the publisher used)", false),
  NPD_CIN_ATTAINMENT(
      "npd-cin-attainment", "Key stage 2 attainment of children in need (NPD matched to the CIN census)",
      "DfE, Outcomes of children in need", MeasureSource.NPD_CIN_ATTAINMENT, PeriodType.ACADEMIC_YEAR,
      MeasureCodes.CIN_KS2_EXPECTED_STANDARD, "children in need at the end of key stage 2 reaching the expected standard in reading, writing and maths",
      MeasureCodes.CIN_KS2_PUPILS, "children in need at the end of key stage 2 with matched results", true),
  NPD_CIN_PERSISTENT_ABSENCE(
      "npd-cin-persistent-absence", "Persistent absence of children in need (NPD matched to the CIN census)",
      "DfE, Outcomes of children in need", MeasureSource.NPD_CIN_PERSISTENT_ABSENCE, PeriodType.ACADEMIC_YEAR,
      MeasureCodes.CIN_PERSISTENTLY_ABSENT, "children in need missing 10% or more of their possible sessions",
      MeasureCodes.CIN_PUPILS_ATTENDANCE, "children in need enrolled in state-funded schools with attendance records", true),
  NPD_CIN_EXCLUSIONS(
      "npd-cin-exclusions", "Suspensions and permanent exclusions of children in need (NPD matched to the CIN census)",
      "DfE, Outcomes of children in need", MeasureSource.NPD_CIN_EXCLUSIONS, PeriodType.ACADEMIC_YEAR,
      MeasureCodes.CIN_SUSPENDED_OR_EXCLUDED, "children in need with at least one suspension or permanent exclusion",
      MeasureCodes.CIN_PUPILS_EXCLUSIONS, "children in need enrolled in state-funded schools", true);

  private final String id;
  private final String title;
  private final String publisher;
  private final MeasureSource source;
  private final PeriodType periodType;
  private final String numeratorCode;
  private final String numeratorMeaning;
  private final String denominatorCode;
  private final String denominatorMeaning;
  private final boolean proportion;

  SourceDataset(String id, String title, String publisher, MeasureSource source, PeriodType periodType, String numeratorCode,
      String numeratorMeaning, String denominatorCode, String denominatorMeaning, boolean proportion) {
    this.id = id;
    this.title = title;
    this.publisher = publisher;
    this.source = source;
    this.periodType = periodType;
    this.numeratorCode = numeratorCode;
    this.numeratorMeaning = numeratorMeaning;
    this.denominatorCode = denominatorCode;
    this.denominatorMeaning = denominatorMeaning;
    this.proportion = proportion;
  }

  public static Optional<SourceDataset> byId(String id) {
    return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String publisher() {
    return publisher;
  }

  public MeasureSource source() {
    return source;
  }

  public PeriodType periodType() {
    return periodType;
  }

  public String numeratorCode() {
    return numeratorCode;
  }

  public String numeratorMeaning() {
    return numeratorMeaning;
  }

  /** Null when the dataset is itself a denominator (population). */
  public String denominatorCode() {
    return denominatorCode;
  }

  public String denominatorMeaning() {
    return denominatorMeaning;
  }

  public boolean hasDenominator() {
    return denominatorCode != null;
  }

  /** The numerator counts a subset of the denominator, so it can never exceed it. */
  public boolean proportion() {
    return proportion;
  }
}
