package uk.gov.safeguarding.statistics;

import java.util.List;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * An ordinary least squares model y = b0 + b1 x1 + ... + bk xk fitted with Commons Math's
 * {@link OLSMultipleLinearRegression} (QR decomposition), used to give each area the value its
 * context variables predict.
 *
 * @param coefficients intercept first, then one per variable
 * @param rSquared coefficient of determination
 * @param adjustedRSquared R squared adjusted for the number of variables
 * @param residualStandardError sqrt of the residual variance estimate
 * @param observations number of areas in the fit
 */
public record LinearModel(
    List<String> variables,
    double[] coefficients,
    double rSquared,
    double adjustedRSquared,
    double residualStandardError,
    int observations) {

  /** One area's observation: its value and its context variables, in the order of variables. */
  public record Observation(double y, double[] x) {}

  /** Minimum number of observations beyond the number of parameters. */
  public static final int MIN_DEGREES_OF_FREEDOM = 3;

  /**
   * Fits the model, or returns null when there are too few observations (fewer than parameters
   * plus {@link #MIN_DEGREES_OF_FREEDOM}) or the design is singular.
   */
  public static LinearModel fit(List<String> variables, List<Observation> observations) {
    int k = variables.size();
    if (observations.size() < k + 1 + MIN_DEGREES_OF_FREEDOM) {
      return null;
    }
    double[] y = new double[observations.size()];
    double[][] x = new double[observations.size()][];
    for (int i = 0; i < y.length; i++) {
      y[i] = observations.get(i).y();
      x[i] = observations.get(i).x();
      if (x[i].length != k) {
        throw new IllegalArgumentException("observation " + i + " has " + x[i].length + " variables, expected " + k);
      }
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    try {
      ols.newSampleData(y, x);
      double[] beta = ols.estimateRegressionParameters();
      return new LinearModel(
          List.copyOf(variables),
          beta,
          ols.calculateRSquared(),
          ols.calculateAdjustedRSquared(),
          ols.estimateRegressionStandardError(),
          y.length);
    } catch (org.apache.commons.math3.exception.MathIllegalArgumentException e) {
      return null;
    }
  }

  public double predict(double[] x) {
    double v = coefficients[0];
    for (int i = 0; i < x.length; i++) {
      v += coefficients[i + 1] * x[i];
    }
    return v;
  }
}
