package uk.gov.safeguarding.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelTest {
  /**
   * Textbook worked example (Anscombe 1973, data set I): the least squares line is
   * y = 3.0001 + 0.5001 x with R squared 0.6665, as published.
   */
  @Test
  void fitsAnscombesFirstQuartetAsPublished() {
    double[] x = {10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5};
    double[] y = {8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68};
    List<LinearModel.Observation> obs = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      obs.add(new LinearModel.Observation(y[i], new double[] {x[i]}));
    }
    LinearModel model = LinearModel.fit(List.of("x"), obs);
    assertThat(model.coefficients()[0]).isCloseTo(3.0001, within(5e-4));
    assertThat(model.coefficients()[1]).isCloseTo(0.5001, within(5e-4));
    assertThat(model.rSquared()).isCloseTo(0.6665, within(5e-4));
    assertThat(model.predict(new double[] {10})).isCloseTo(8.001, within(1e-3));
    assertThat(model.observations()).isEqualTo(11);
  }

  @Test
  void refusesToFitTooFewAreas() {
    List<LinearModel.Observation> obs = List.of(
        new LinearModel.Observation(1, new double[] {1}),
        new LinearModel.Observation(2, new double[] {2}),
        new LinearModel.Observation(3, new double[] {3}));
    assertThat(LinearModel.fit(List.of("x"), obs)).isNull();
  }
}
