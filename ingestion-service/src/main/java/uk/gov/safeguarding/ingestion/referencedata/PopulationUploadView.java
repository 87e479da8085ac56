package uk.gov.safeguarding.ingestion.referencedata;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of a population upload.
 *
 * @param uploadId null when nothing changed (no upload was stored)
 * @param changed LAs whose value is new or different: each got a new version and an event
 * @param unchanged LAs whose latest value was already the same
 */
@Schema(name = "PopulationUpload")
public record PopulationUploadView(UUID uploadId, int collectionYear, String source, String contentHash, int changed, int unchanged) {}
