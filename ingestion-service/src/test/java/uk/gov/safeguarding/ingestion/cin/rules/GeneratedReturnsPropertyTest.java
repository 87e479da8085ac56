package uk.gov.safeguarding.ingestion.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.synthetic.FullModuleReturn;

/**
 * Property-based (QuickTheories): full-module returns of the 2023/24, 2024/25 and 2025/26 schemas
 * in which every element of every module is independently present, absent or empty and dates sit
 * on the census boundaries, weekends, bank holidays and a birth after the referral. However messy
 * the return, the parser, every rule and the measures finish without an exception, and every
 * finding names a rule of that year's list, with a path and field of the module that rule
 * belongs to ({@link CinModules#misplaced}). The list of choices drives the generator, so a
 * failure shrinks towards a plain return (choice 0 is "present, first value").
 */
class GeneratedReturnsPropertyTest {

  @Test
  void anyReturnIsValidatedAndEveryFindingIsPlaced() {
    qt().withExamples(400).withShrinkCycles(200)
        .forAll(integers().between(2024, 2026), integers().between(1, 6), lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 2_000))
        .checkAssert((year, children, choices) -> assertThat(misplaced(year, children, FullModuleReturn.Choices.of(choices))).isEmpty());
  }

  @Test
  void bigSeededReturnsToo() {
    qt().withExamples(40)
        .forAll(integers().between(2024, 2026), longs().all())
        .checkAssert((year, seed) -> assertThat(misplaced(year, 200, FullModuleReturn.Choices.random(seed))).isEmpty());
  }

  /** What is misplaced among the findings of a generated return (validating it must not throw). */
  static List<String> misplaced(int year, int children, FullModuleReturn.Choices choices) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FullModuleReturn.write("301", year, children, choices, out);
    List<String> wrong = new ArrayList<>();
    for (Finding f : AbsentAndEmptyElementsTest.run(out.toString(StandardCharsets.UTF_8))) {
      CinModules.misplaced(f, RuleCatalog.standard(), year).ifPresent(wrong::add);
      if (!f.returnLevel() && (f.line() == null || f.line() < 1)) {
        wrong.add(f.rule() + " has no row reference");
      }
    }
    return wrong.stream().distinct().toList();
  }
}
