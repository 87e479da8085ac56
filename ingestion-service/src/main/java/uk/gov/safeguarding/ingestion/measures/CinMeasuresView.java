package uk.gov.safeguarding.ingestion.measures;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The aggregate measures derived from an LA's latest accepted CIN return: counts only. */
@Schema(name = "CinMeasures")
public record CinMeasuresView(
    UUID returnId,
    String laCode,
    int collectionYear,
    int version,
    @Schema(description = "0 when the measures were derived on acceptance; increases each time they were derived again because an earlier collection year's return of the LA changed the re-referral and repeat-plan history")
        int revision,
    String contentHash,
    UUID eventId,
    Instant computedAt,
    Map<String, Long> counts,
    Map<String, Map<Integer, Long>> distributions) {}
