package uk.gov.safeguarding.ingestion.sourcedata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an upload's figures come from. */
@Schema(name = "SourceDataProvenance")
public record Provenance(
    @Schema(description = "Publisher and publication", example = "ONS, Mid-year population estimates") String source,
    @Schema(description = "Release of the publication the figures come from", example = "mid-2024, released 2025-07-30") String release,
    @Schema(description = "Licence of the figures", example = "Open Government Licence v3.0") String licence,
    @Schema(description = "Where the release can be found", example = "https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates") String url) {}
