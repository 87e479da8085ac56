package uk.gov.safeguarding.ingestion.sourcedata;

import java.util.SortedMap;

/**
 * A validated upload: the dataset, the period and the collection year it feeds, its provenance,
 * and the counts per LA (old three-digit code, ordered).
 */
public record SourceDataFile(SourceDataset dataset, String period, int collectionYear, Provenance provenance, SortedMap<String, Counts> values) {}
