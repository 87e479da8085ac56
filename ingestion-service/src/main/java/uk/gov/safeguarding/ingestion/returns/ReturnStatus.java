package uk.gov.safeguarding.ingestion.returns;

/** ACCEPTED: no errors (queries allowed). REJECTED: at least one error; the LA resubmits. */
public enum ReturnStatus {
  RECEIVING,
  ACCEPTED,
  REJECTED
}
