package uk.gov.safeguarding.ingestion.referencedata;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The latest population value of one LA and collection year, with its provenance. */
@Schema(name = "PopulationValue")
public record PopulationValueView(
    String laCode, String laGssCode, String laName, int collectionYear, int version, long population0to17, String source, UUID uploadId, Instant uploadedAt) {}
