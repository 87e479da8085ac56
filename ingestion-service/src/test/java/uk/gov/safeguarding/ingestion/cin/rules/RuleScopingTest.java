package uk.gov.safeguarding.ingestion.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.ingestion.cin.CinXml.child;
import static uk.gov.safeguarding.ingestion.cin.CinXml.message;
import static uk.gov.safeguarding.ingestion.cin.rules.RuleHarness.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.ingestion.cin.CinXml;
import uk.gov.safeguarding.ingestion.cin.ElementVariants;

/**
 * Each rule reports the module the DfE rule list gives it: a finding whose field belongs to the
 * rule's module is on that module, never on another module's item of the same name (issue 13:
 * 8715 and 8875 are Section47 rules but read CINdetails' DateOfInitialCPC too).
 */
class RuleScopingTest {
  private static final String ICPC = "<DateOfInitialCPC>2024-07-15</DateOfInitialCPC>";

  @Test
  void anOldInitialConferenceRecordedOnAnOpenEpisodeIsNotASection47Finding() {
    // an episode open since 2019 whose initial conference (a Saturday, before the referral of this
    // census year's S47) is recorded at CINdetails level: none of the Section47 rules reads it
    CinXml.Child open = child("C1")
        .with("<CINreferralDate>2024-05-01</CINreferralDate>", "<CINreferralDate>2019-05-01</CINreferralDate>")
        .with("<PrimaryNeedCode>N1</PrimaryNeedCode>", "<PrimaryNeedCode>N1</PrimaryNeedCode><DateOfInitialCPC>2019-06-01</DateOfInitialCPC>");
    List<Finding> f = findings(message(2025, "301", open));
    assertThat(f).extracting(Finding::rule).doesNotContain("8715", "8875", "1104", "2884");
  }

  @Test
  void theSection47ConferenceIsStillChecked() {
    List<Finding> f = findings(message(2025, "301", child("C1").with(ICPC, "<DateOfInitialCPC>2025-04-05</DateOfInitialCPC>")));
    assertThat(f).filteredOn(x -> x.rule().equals("8715") || x.rule().equals("8875"))
        .extracting(Finding::rule, Finding::path)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("8715", "CINdetails[1]/Section47[1]"), org.assertj.core.groups.Tuple.tuple("8875", "CINdetails[1]/Section47[1]"));
  }

  @Test
  void theModuleOfAFindingIsTheModuleOfItsRule() {
    List<String> wrong = new ArrayList<>();
    for (int year : List.of(2024, 2025, 2026)) {
      List<CinXml.Child> corpus = new ArrayList<>();
      ChildRulesTest.cases().forEach(a -> corpus.add(ElementVariants.forYear((CinXml.Child) a.get()[1], year)));
      corpus.addAll(ElementVariants.of(ElementVariants.forYear(child("C1"), year)).values());
      corpus.add(child("C2").with("<PrimaryNeedCode>N1</PrimaryNeedCode>", "<PrimaryNeedCode>N1</PrimaryNeedCode><DateOfInitialCPC>2019-06-01</DateOfInitialCPC>"));
      for (CinXml.Child c : corpus) {
        for (Finding f : findings(message(year, "301", c))) {
          CinModules.misplaced(f, RuleCatalog.standard(), year).ifPresent(wrong::add);
        }
      }
    }
    assertThat(wrong.stream().distinct().toList()).isEmpty();
  }

  @Test
  void theCheckCatchesAFieldReportedOnAnotherModule() {
    Finding onEpisode = new Finding("8715", "C1", 3, "CINdetails[1]", "DateOfInitialCPC", "2019-06-01");
    Finding onEnquiry = new Finding("8715", "C1", 3, "CINdetails[1]/Section47[1]", "DateOfInitialCPC", "2019-06-01");
    assertThat(CinModules.misplaced(onEpisode, RuleCatalog.standard(), 2025)).isPresent();
    assertThat(CinModules.misplaced(onEnquiry, RuleCatalog.standard(), 2025)).isEqualTo(Optional.empty());
  }
}
