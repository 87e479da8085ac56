package uk.gov.safeguarding.evidence.evidence;

/** The review workflow of an evidence item. */
public enum EvidenceStatus {
  DRAFT,
  SUBMITTED,
  REVIEWED
}
