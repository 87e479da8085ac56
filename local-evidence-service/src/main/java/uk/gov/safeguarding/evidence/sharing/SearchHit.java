package uk.gov.safeguarding.evidence.sharing;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One search result.
 *
 * @param kind "evidence" or "self-assessment"
 * @param snippet the matching passage, with matches between « and »
 */
@Schema(name = "SearchHit")
public record SearchHit(
    String kind, UUID id, String laCode, String laName, String questionId, String theme, String period, String snippet, double rank, String href) {}
