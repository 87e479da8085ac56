package uk.gov.safeguarding.indicator.computation;

import java.util.List;

/** The fitted expected-value model of one indicator and year (OLS of LA values on context). */
public record ModelFit(
    String indicatorId,
    int collectionYear,
    List<String> variables,
    List<Double> coefficients,
    double rSquared,
    double adjustedRSquared,
    double residualStandardError,
    int observations) {}
