package uk.gov.safeguarding.ingestion.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The public fake return of the DfE-community validator (332 children, see
 * resources/cin/public/README.md): 8715 and 8875 report only Section47 conferences (issue 13: they
 * added 392 errors for old CINdetails-level conferences), and every finding is on its rule's module.
 */
class PublicFakeReturnTest {

  private static String xml() throws IOException {
    try (InputStream in = PublicFakeReturnTest.class.getResourceAsStream("/cin/public/fake_CIN_data.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void conferenceRulesReadOnlySection47AndEveryFindingIsPlaced() throws IOException {
    List<Finding> findings = RuleHarness.findings(xml());
    assertThat(findings).isNotEmpty();
    assertThat(findings).filteredOn(f -> List.of("8715", "8875", "1104").contains(f.rule()))
        .allSatisfy(f -> assertThat(f.path()).contains("/Section47["));
    List<String> misplaced = findings.stream().map(f -> CinModules.misplaced(f, RuleCatalog.standard(), 2022)).flatMap(Optional::stream).distinct().toList();
    assertThat(misplaced).isEmpty();
  }
}
