package uk.gov.safeguarding.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One audit record: who did what to which subject, and when.
 *
 * @param actor the caller's principal name (for a client-credentials token, its service account),
 *     or {@code system}
 * @param action e.g. {@code DATA_SET_PUBLISHED}, see {@link AuditActions}
 * @param subjectType kind of subject, e.g. {@code cin-return}, {@code data-set-version}
 * @param detail short, non-personal context (never child-level data)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AuditEntry", description = "One append-only audit record")
public record AuditEntry(
    long id,
    OffsetDateTime occurredAt,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String detail) {}
