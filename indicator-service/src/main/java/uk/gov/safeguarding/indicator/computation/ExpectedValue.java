package uk.gov.safeguarding.indicator.computation;

/**
 * What an LA's context predicts for an indicator: the model's expected value and count, the
 * observed/expected ratio with Poisson limits (exact below 10 events, Byar from 10) and its
 * funnel-plot significance (PHEindicatormethods' labels, 2 and 3 sigma).
 */
public record ExpectedValue(
    double expectedValue,
    double residual,
    double expectedCount,
    double observedCount,
    double ratio,
    double ratioLower95,
    double ratioUpper95,
    double ratioLower998,
    double ratioUpper998,
    String funnelSignificance) {}
