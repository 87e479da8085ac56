package uk.gov.safeguarding.indicator.computation;

import java.util.List;

/** Everything computed for one collection year: every value of every area, and the model fits. */
public record YearResult(int collectionYear, String period, List<ComputedValue> values, List<ModelFit> models) {}
