package uk.gov.safeguarding.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values are PHEindicatormethods' published test values (OHID/UKHSA,
 * tests/testthat/testdata_Byars_Wilson.xlsx, testdata_Proportion.xlsx and testdata_Rate.xlsx at
 * commit 093fd28 of github.com/ukhsa-collaboration/PHEindicatormethods), copied digit for digit.
 * They were produced by that package's R code and its APHO Excel tool, not by this module.
 */
class ConfidenceIntervalsTest {
  private static final double TOLERANCE = 1e-9;

  @ParameterizedTest(name = "Wilson {0}/{1} at {2}")
  @CsvSource({
    // testdata_Byars_Wilson.xlsx, Wilson rows
    "65, 100, 95, 0.55254443296887967, 0.73635751756902468",
    "1045, 5000, 95, 0.19795549880013297, 0.22049130373189027",
    "0.445, 1, 95, 4.3817447720588223E-2, 0.93346212769791559",
    "65, 100, 99.8, 0.49549465740704313, 0.77835406140896968",
    "1045, 5000, 99.8, 0.19179381799015244, 0.22731562902525818",
    "0.445, 1, 99.8, 1.9347006132900975E-2, 0.97022599470195414",
    // testdata_Proportion.xlsx, proportion of 1
    "1, 100, 95, 1.7674320641406511E-3, 5.4486196178705294E-2",
    "5, 100, 99.8, 1.3865320725997183E-2, 0.16458852282596442",
    "9856, 12345, 95, 0.79121017529090687, 0.80536400736149094",
    "7776456, 7564336677, 99.8, 1.0269040118442213E-3, 1.0291812992698397E-3",
    "222, 3215, 95, 6.0791690363636595E-2, 7.8339566813836331E-2",
    "999, 3456, 99.8, 0.26583995768074953, 0.31344754492799848",
    "444, 6430, 95, 6.3107995762980915E-2, 7.5509261831701299E-2",
  })
  void wilsonScoreMatchesPheIndicatorMethods(double x, double n, double confidence, double lower, double upper) {
    assertLimits(Proportions.wilson(x, n, confidence), lower, upper, TOLERANCE);
  }

  @ParameterizedTest(name = "Byar {0} at {1}")
  @CsvSource({
    // testdata_Byars_Wilson.xlsx, Byars rows (counts)
    "65, 95, 50.163187710459454, 82.849138545939837",
    "1045, 95, 982.59320180733255, 1110.3312129856499",
    "1, 95, 1.3072132901504351E-2, 5.5637555824752605",
    "65, 99.8, 42.880261471480203, 94.000290844318016",
    "1045, 99.8, 947.94070356103737, 1148.8061609880331",
    "10, 99.8, 2.916318374695686, 24.193724927880535",
  })
  void byarLimitsMatchPheIndicatorMethods(double x, double confidence, double lower, double upper) {
    assertLimits(PoissonLimits.byar(x, confidence), lower, upper, TOLERANCE);
  }

  @ParameterizedTest(name = "rate {0}/{1} x {2}")
  @CsvSource({
    // testdata_Rate.xlsx: value, lower95, upper95, lower99.8, upper99.8 (Exact below 10, Byars from 10)
    "1, 100, 100, 1, 2.5317807984289897E-2, 5.571643390938898, 1.0005003335835344E-3, 9.2334134764515845",
    "5, 100, 100, 5, 1.62348639011842, 11.668332079322669, 0.739371731917839, 16.454745203680105",
    "20, 100, 100, 20, 12.211428834875937, 30.889880369197066, 8.922802365144193, 38.085035625041911",
    "9856, 12345, 100, 79.837991089509913, 78.269490589767571, 81.430016542721404, 77.375905432710525, 82.354472770954303",
    "7776456, 7564336677, 100, 0.10280420256339154, 0.10273196005302074, 0.10287648334092832, 0.102690317308454, 0.10291817639509068",
    "222, 3215, 100, 6.9051321928460334, 6.0265748776526751, 7.8757293708718503, 5.5607376952598537, 8.4610466817334107",
    "1, 100, 100000, 1000, 25.317807984289896, 5571.6433909388979, 1.0005003335835343, 9233.4134764515857",
    "5, 100, 100000, 5000, 1623.4863901184199, 11668.332079322669, 739.37173191783893, 16454.745203680104",
    "250, 220, 100000, 113636.36363636365, 99984.947385328764, 128631.14487455782, 92710.005544389525, 137651.23772147458",
  })
  void rateLimitsMatchPheIndicatorMethods(
      double x, double denominator, double multiplier, double value,
      double lower95, double upper95, double lower998, double upper998) {
    assertThat(x / denominator * multiplier).isCloseTo(value, within(1e-9 * Math.max(1, value)));
    Interval ci95 = PoissonLimits.rate(x, denominator, multiplier, 95);
    Interval ci998 = PoissonLimits.rate(x, denominator, multiplier, 0.998);
    double tol = TOLERANCE * Math.max(1, Math.abs(upper998));
    assertLimits(ci95, lower95, upper95, tol);
    assertLimits(ci998, lower998, upper998, tol);
  }

  @Test
  void ratesBelowTenEventsUseExactLimitsAndFromTenByar() {
    assertThat(PoissonLimits.count(9, 95)).isEqualTo(PoissonLimits.exact(9, 95));
    assertThat(PoissonLimits.count(10, 95)).isEqualTo(PoissonLimits.byar(10, 95));
  }

  @Test
  void exactLimitsForZeroEventsStartAtZero() {
    // Textbook value: the 95% upper limit for 0 observed Poisson events is -ln(0.025) = 3.6889
    Interval ci = PoissonLimits.exact(0, 95);
    assertThat(ci.lower()).isZero();
    assertThat(ci.upper()).isCloseTo(-Math.log(0.025), within(1e-9));
  }

  @Test
  void rejectsInvalidArgumentsAsPheIndicatorMethodsDoes() {
    assertThatThrownBy(() -> Proportions.wilson(-4, 100, 95)).hasMessageContaining("greater than or equal to zero");
    assertThatThrownBy(() -> Proportions.wilson(65, 50, 95)).hasMessageContaining("less than or equal to denominator");
    assertThatThrownBy(() -> Proportions.wilson(5, -6, 95)).hasMessageContaining("greater than zero");
    assertThatThrownBy(() -> PoissonLimits.byar(65, 0.7)).hasMessageContaining("between 90 and 100");
    assertThatThrownBy(() -> PoissonLimits.byar(65, 125)).hasMessageContaining("between 90 and 100");
  }

  @Test
  void wilsonAtFullConfidenceIsTheWholeRange() {
    assertThat(Proportions.wilson(65, 100, 1)).isEqualTo(new Interval(0, 1));
  }

  private static void assertLimits(Interval ci, double lower, double upper, double tolerance) {
    assertThat(ci.lower()).as("lower limit").isCloseTo(lower, within(tolerance));
    assertThat(ci.upper()).as("upper limit").isCloseTo(upper, within(tolerance));
  }
}
