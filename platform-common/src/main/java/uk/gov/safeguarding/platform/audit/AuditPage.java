package uk.gov.safeguarding.platform.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of audit records, newest first.
 *
 * @param total how many records match the filter
 */
@Schema(name = "AuditPage", description = "A page of audit records, newest first")
public record AuditPage(int page, int pageSize, long total, List<AuditEntry> items) {}
