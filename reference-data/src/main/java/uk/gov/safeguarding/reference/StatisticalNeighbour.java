package uk.gov.safeguarding.reference;

/**
 * One of an LA's ten statistical neighbours (DfE children's services model, 2025).
 *
 * @param rank 1 = closest
 * @param closeness the model's band, e.g. "very close", "close", "somewhat close"
 */
public record StatisticalNeighbour(String oldCode, int rank, String closeness) {}
