package uk.gov.safeguarding.events;

/** Where a set of aggregate measures came from. */
public enum MeasureSource {
  /** Derived from an accepted Children in Need census return. */
  CIN_CENSUS,
  /** A workforce return (social worker FTE, vacancies, leavers, absence, agency). */
  WORKFORCE,
  /** Other-source reference data, e.g. ONS mid-year population aged 0-17. */
  POPULATION,
  // --- other-source data uploaded by data stewards (one value per dataset, so that each
  // dataset's versions per LA and year are independent); codes in MeasureCodes.OTHER_SOURCE_CODES
  /** DfE schools census: pupils eligible for free school meals in state-funded primary schools. */
  FREE_SCHOOL_MEALS_PRIMARY,
  /** DfE schools census: pupils eligible for free school meals in state-funded secondary schools. */
  FREE_SCHOOL_MEALS_SECONDARY,
  /** Hospital Episode Statistics: emergency admissions for injuries, children aged 0-17. */
  HOSPITAL_ADMISSIONS_INJURIES,
  /** Hospital Episode Statistics (A&E): attendances for injuries, children aged 0-17. */
  AE_ATTENDANCES_INJURIES,
  /** Home Office police recorded crime: violent and sexual offences against children. */
  VIOLENT_SEXUAL_OFFENCES,
  /** Cafcass: care applications (section 31) per LA. */
  CAFCASS_CARE_APPLICATIONS,
  /** National Pupil Database matched to the CIN census: key stage 2 attainment of children in need. */
  NPD_CIN_ATTAINMENT,
  /** National Pupil Database matched to the CIN census: persistent absence of children in need. */
  NPD_CIN_PERSISTENT_ABSENCE,
  /** National Pupil Database matched to the CIN census: suspensions and exclusions of children in need. */
  NPD_CIN_EXCLUSIONS
}
