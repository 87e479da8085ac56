package uk.gov.safeguarding.ingestion.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.safeguarding.ingestion.cin.parse.CinParser;
import uk.gov.safeguarding.ingestion.cin.rules.CinValidator;
import uk.gov.safeguarding.ingestion.cin.rules.Finding;
import uk.gov.safeguarding.reference.calendar.WorkingDays;
import uk.gov.safeguarding.synthetic.Calibration;
import uk.gov.safeguarding.synthetic.CinReturnWriter;
import uk.gov.safeguarding.synthetic.CinSimulator;
import uk.gov.safeguarding.synthetic.GroundTruth;

/**
 * Generated returns pass every error rule, and the measures derived from them (through the real
 * parser, with the previous year's return as history) equal the counts the generator's simulation
 * knows independently (its ground truth, counted from its own event history, not from the XML).
 */
class SyntheticReturnMeasuresTest {
  static final Function<String, String> KEYS = ChildKeys.keyer("synthetic-test".getBytes(StandardCharsets.UTF_8), "x");

  record Parsed(MeasureAccumulator accumulator, CinValidator.Summary summary, List<Finding> errors) {}

  static Parsed parse(String la, byte[] xml) {
    MeasureAccumulator[] acc = new MeasureAccumulator[1];
    CinValidator[] validator = new CinValidator[1];
    List<Finding> findings = new ArrayList<>();
    CinParser.parse(new ByteArrayInputStream(xml), header -> {
      acc[0] = new MeasureAccumulator(la, header.collectionYear(), WorkingDays.england(), KEYS);
      validator[0] = new CinValidator(header, findings::add);
      return List.of(validator[0], acc[0]);
    });
    return new Parsed(acc[0], validator[0].finish(), findings);
  }

  static MeasureAccumulator.History historyOf(MeasureAccumulator previous) {
    Map<String, List<LocalDate>> referrals = new HashMap<>();
    Map<String, List<MeasureAccumulator.History.Plan>> plans = new HashMap<>();
    for (MeasureAccumulator.ChildTimeline t : previous.timelines()) {
      referrals.put(t.key(), t.referralDates());
      plans.put(t.key(), t.plans().stream().map(p -> new MeasureAccumulator.History.Plan(p.start(), p.end())).toList());
    }
    return new MeasureAccumulator.History() {
      @Override
      public List<LocalDate> referralDates(String key) {
        return referrals.getOrDefault(key, List.of());
      }

      @Override
      public List<Plan> plans(String key) {
        return plans.getOrDefault(key, List.of());
      }
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"301", "873", "420"})
  void generatedReturnsPassEveryErrorRuleAndYieldTheGroundTruthCounts(String la) {
    CinSimulator.LaHistory history = new CinSimulator(Calibration.standard()).simulate(la, 2024, 2025, 0.05, 42L);
    CinReturnWriter writer = new CinReturnWriter();
    ByteArrayOutputStream y2024 = new ByteArrayOutputStream();
    ByteArrayOutputStream y2025 = new ByteArrayOutputStream();
    writer.write(la, 2024, history.children(), y2024);
    writer.write(la, 2025, history.children(), y2025);

    Parsed first = parse(la, y2024.toByteArray());
    Parsed second = parse(la, y2025.toByteArray());
    for (Parsed p : List.of(first, second)) {
      assertThat(p.summary().errors() + p.summary().returnLevelErrors())
          .as("errors by rule %s", p.summary().byRule())
          .isZero();
    }

    Map<String, Long> measured = second.accumulator().finish(historyOf(first.accumulator())).counts();
    Map<String, Long> truth = GroundTruth.of(history.children(), 2025);
    assertThat(truth.get("REFERRALS")).isPositive();
    truth.forEach((code, expected) -> assertThat(measured.get(code)).as(code).isEqualTo(expected));
  }
}
