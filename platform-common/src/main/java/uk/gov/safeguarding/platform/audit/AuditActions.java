package uk.gov.safeguarding.platform.audit;

/**
 * The audited actions. Services pass one of these to {@link AuditLog#record}; the database accepts
 * any UPPER_SNAKE_CASE name, so a service may add its own, but should prefer these.
 */
public final class AuditActions {
  /** A CIN census return was received and stored (accepted or rejected by the rules). */
  public static final String RETURN_SUBMITTED = "RETURN_SUBMITTED";
  /** A workforce return was received and stored. */
  public static final String WORKFORCE_SUBMITTED = "WORKFORCE_SUBMITTED";
  /** Reference data (e.g. population denominators) was replaced by a data steward. */
  public static final String REFERENCE_DATA_CHANGED = "REFERENCE_DATA_CHANGED";
  /** A data-set version was published. */
  public static final String DATA_SET_PUBLISHED = "DATA_SET_PUBLISHED";
  /** A published data-set version was withdrawn. */
  public static final String DATA_SET_WITHDRAWN = "DATA_SET_WITHDRAWN";
  /** An evidence item was created. */
  public static final String EVIDENCE_CREATED = "EVIDENCE_CREATED";
  /** An evidence item was replaced. */
  public static final String EVIDENCE_UPDATED = "EVIDENCE_UPDATED";
  /** An evidence item moved along its review workflow (detail: from and to status). */
  public static final String EVIDENCE_STATUS_CHANGED = "EVIDENCE_STATUS_CHANGED";
  /** An evidence item was deleted. */
  public static final String EVIDENCE_DELETED = "EVIDENCE_DELETED";

  /** Actor name for work done by the platform itself (consumers, schedulers), not by a caller. */
  public static final String SYSTEM_ACTOR = "system";

  private AuditActions() {}
}
