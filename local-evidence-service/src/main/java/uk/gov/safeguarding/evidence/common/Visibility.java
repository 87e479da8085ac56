package uk.gov.safeguarding.evidence.common;

/**
 * Who may see a record besides the LA that owns it. The levels are audiences, not a ladder:
 * sharing with the region's network does not share with the statistical-neighbour group or with
 * national bodies. Only {@link #PUBLIC} reaches everyone (and only public records' public
 * measures are published as open data).
 */
public enum Visibility {
  /** Only the owning LA. */
  PRIVATE,
  /** The owning LA and the other LAs of its region's network. */
  REGION,
  /** The owning LA and its ten statistical neighbours. */
  STATISTICAL_NEIGHBOURS,
  /** The owning LA and national bodies (DfE roles). */
  NATIONAL,
  /** Every caller; public local measures are published as open data. */
  PUBLIC
}
