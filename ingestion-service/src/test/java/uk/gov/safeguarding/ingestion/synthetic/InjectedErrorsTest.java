package uk.gov.safeguarding.ingestion.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.safeguarding.ingestion.cin.parse.CinParser;
import uk.gov.safeguarding.ingestion.cin.rules.CinValidator;
import uk.gov.safeguarding.ingestion.cin.rules.Finding;
import uk.gov.safeguarding.ingestion.cin.rules.RuleCatalog;
import uk.gov.safeguarding.ingestion.cin.rules.RuleType;
import uk.gov.safeguarding.synthetic.Calibration;
import uk.gov.safeguarding.synthetic.CinReturnWriter;
import uk.gov.safeguarding.synthetic.CinSimulator;
import uk.gov.safeguarding.synthetic.ErrorInjector;

/**
 * The generator's error switch, checked by ingestion's own parser and validator: a generated
 * return is clean, and with injected rules it fails exactly those error rules, no others.
 */
class InjectedErrorsTest {
  static final int YEAR = 2025;

  static String generated(String la) {
    CinSimulator.LaHistory history = new CinSimulator(Calibration.standard()).simulate(la, YEAR - 1, YEAR, 0.05, 4242L);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CinReturnWriter().write(la, YEAR, history.children(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static Set<String> errorRules(String xml) {
    List<Finding> findings = new ArrayList<>();
    CinValidator[] validator = new CinValidator[1];
    CinParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), header -> {
      validator[0] = new CinValidator(header, findings::add);
      return List.of(validator[0]);
    });
    validator[0].finish();
    Set<String> rules = new TreeSet<>();
    for (Finding f : findings) {
      RuleCatalog.standard().info(f.rule(), YEAR).filter(i -> i.type() == RuleType.ERROR).ifPresent(i -> rules.add(f.rule()));
    }
    return rules;
  }

  @ParameterizedTest
  @ValueSource(strings = {"1580", "4220", "8640", "8650", "8866", "8905", "8910", "8866,4220", "1580,8640,8905"})
  void anInjectedReturnFailsExactlyTheInjectedErrorRules(String codes) {
    String clean = generated("886");
    assertThat(errorRules(clean)).as("the generated return is clean").isEmpty();
    List<String> rules = ErrorInjector.parse(codes);
    assertThat(errorRules(ErrorInjector.inject(clean, rules))).containsExactlyInAnyOrderElementsOf(rules);
  }

  @ParameterizedTest
  @ValueSource(strings = {"8500", "100", ""})
  void refusesRulesItCannotInject(String codes) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ErrorInjector.parse(codes)).isInstanceOf(IllegalArgumentException.class);
  }
}
