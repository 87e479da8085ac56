package uk.gov.safeguarding.ingestion.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.gov.safeguarding.ingestion.cin.CinXml.child;
import static uk.gov.safeguarding.ingestion.cin.CinXml.message;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.ingestion.cin.CinXml;
import uk.gov.safeguarding.ingestion.cin.ElementVariants;
import uk.gov.safeguarding.ingestion.cin.parse.CinParser;
import uk.gov.safeguarding.ingestion.measures.MeasureAccumulator;
import uk.gov.safeguarding.reference.calendar.WorkingDays;

/**
 * An element absent, present but empty, blank or self-closed, or a module emptied, absent or
 * repeated: the parser, every rule and the measures take it in their stride, for each schema
 * year, and the rule for that item reports it against the child and field (issue 13: one empty
 * InitialCategoryOfAbuse once answered a 10,000-child return with 500).
 */
class AbsentAndEmptyElementsTest {

  static Stream<Arguments> variants() {
    List<Arguments> out = new ArrayList<>();
    for (int year : List.of(2024, 2025, 2026)) {
      ElementVariants.of(ElementVariants.forYear(child("C1"), year)).forEach((name, c) -> out.add(Arguments.of(year, name, c)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("variants")
  void neitherTheRulesNorTheMeasuresThrow(int year, String variant, CinXml.Child c) {
    assertThatCode(() -> run(message(year, "301", c))).as(variant).doesNotThrowAnyException();
  }

  @Test
  void anEmptyInitialCategoryOfAbuseIsRule8905OnThatPlan() {
    for (String empty : List.of("<InitialCategoryOfAbuse></InitialCategoryOfAbuse>", "<InitialCategoryOfAbuse/>", "<InitialCategoryOfAbuse> </InitialCategoryOfAbuse>")) {
      List<Finding> f = run(message(2026, "301", child("C1").with("<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>", empty)));
      assertThat(f).filteredOn(x -> x.rule().equals("8905"))
          .extracting(Finding::laChildId, Finding::path, Finding::field, Finding::value)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("C1", "CINdetails[1]/ChildProtectionPlans[1]", "InitialCategoryOfAbuse", null));
    }
  }

  @Test
  void anEmptyDisabilityIsRule8540() {
    List<Finding> f = run(message(2025, "301", child("C1").with("<Disability>NONE</Disability>", "<Disability></Disability>")));
    assertThat(f).filteredOn(x -> x.rule().equals("8540")).extracting(Finding::path, Finding::field).containsExactly(org.assertj.core.groups.Tuple.tuple("ChildCharacteristics/Disabilities", "Disability"));
  }

  @Test
  void aCompletedAssessmentWhoseOnlyFactorsAreEmptyIsRule8897Q() {
    List<Finding> f = run(message(2025, "301", child("C1").with("<AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>3A</AssessmentFactors>", "<AssessmentFactors/>")));
    assertThat(f).extracting(Finding::rule).contains("8897Q").doesNotContain("8898", "8614");
  }

  @Test
  void anEmptyNumberOfPreviousPlansIsRule8730AndAnEmptyReviewDate8842Q() {
    List<Finding> f = run(message(2025, "301", child("C1")
        .with("<NumberOfPreviousCPP>0</NumberOfPreviousCPP>", "<NumberOfPreviousCPP></NumberOfPreviousCPP>")
        .with("<CPPreviewDate>2024-10-07</CPPreviewDate>", "<CPPreviewDate/>")));
    assertThat(f).extracting(Finding::rule).contains("8730", "8842Q");
  }

  /** Parses, validates and accumulates the measures of a return, answering its findings. */
  static List<Finding> run(String xml) {
    List<Finding> out = new ArrayList<>();
    CinValidator[] v = new CinValidator[1];
    MeasureAccumulator[] m = new MeasureAccumulator[1];
    Function<String, String> keys = id -> Integer.toHexString(id.hashCode());
    CinParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), h -> {
      v[0] = new CinValidator(h, out::add);
      m[0] = new MeasureAccumulator(h.laOldCode(), h.collectionYear(), WorkingDays.england(), keys);
      return List.of(v[0], m[0]);
    });
    v[0].finish();
    m[0].finish(MeasureAccumulator.History.EMPTY);
    return out;
  }
}
