package uk.gov.safeguarding.events;

/** Where a set of aggregate measures came from. */
public enum MeasureSource {
  /** Derived from an accepted Children in Need census return. */
  CIN_CENSUS,
  /** A workforce return (social worker FTE, vacancies, leavers, absence, agency). */
  WORKFORCE,
  /** Other-source reference data, e.g. ONS mid-year population aged 0-17. */
  POPULATION
}
