package uk.gov.safeguarding.ingestion.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.ingestion.cin.CinXml.child;
import static uk.gov.safeguarding.ingestion.cin.CinXml.message;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.ingestion.cin.CinXml.Child;

/**
 * Cases taken from the DfE wording of the rules on which we disagreed with an independent
 * implementation (issue 13). The test child is of the 2024/25 census: 1 April 2024 to the
 * reference date 31 March 2025, referral 1 May 2024, one completed assessment (factors 2A, 3A).
 * Each test quotes the wording it pins; docs/cin-rules.md links here.
 */
class DfeWordingTest {
  private static final String NFA = "<ReferralNFA>0</ReferralNFA>";
  private static final String DOB = "<PersonBirthDate>2015-06-01</PersonBirthDate>";
  private static final String FACTORS = "<AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>3A</AssessmentFactors>";
  private static final String UPN = "<UPN>R301123456789</UPN>";

  private static List<Finding> of(Child c, String rule) {
    return RuleHarness.findings(message(2025, "301", c)).stream().filter(f -> f.rule().equals(rule)).toList();
  }

  private static Child closed(Child c, String date, String reason) {
    return c.with(NFA, "<CINclosureDate>" + date + "</CINclosureDate><ReasonForClosure>" + reason + "</ReasonForClosure>" + NFA);
  }

  private static Child episodeOnly(String inner) {
    return child().with(child().xml().substring(child().xml().indexOf("<CINdetails>"), child().xml().indexOf("</CINdetails>") + "</CINdetails>".length()),
        "<CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>" + inner + "</CINdetails>");
  }

  private static String upn(String twelve) {
    return "<UPN>" + ChildIdentifierRules.checkLetter("X" + twelve) + twelve + "</UPN>";
  }

  /** 8873Q "When there is only one assessment on the episode and the factors code 21 has been used for the completed assessment, the reason for closure RC8 or RC9 should be used." */
  @Test
  void rule8873QSingleCompletedNoFactorsAssessmentAsksForRc8OrRc9EvenWhileTheEpisodeIsOpen() {
    Child only21 = child().with(FACTORS, "<AssessmentFactors>21</AssessmentFactors>");
    assertThat(of(only21, "8873Q")).hasSize(1);
    assertThat(of(closed(only21, "2024-12-02", "RC8"), "8873Q")).isEmpty();
    assertThat(of(closed(only21, "2024-12-02", "RC7"), "8873Q")).hasSize(1);
    assertThat(of(only21.with("<AssessmentAuthorisationDate>2024-05-20</AssessmentAuthorisationDate>", ""), "8873Q")).as("not completed").isEmpty();
    String assessment = only21.xml().substring(only21.xml().indexOf("<Assessments>"), only21.xml().indexOf("</Assessments>") + 14);
    assertThat(of(only21.with(assessment, assessment + assessment.replace("2024-05-02", "2024-05-21").replace("2024-05-20", "2024-06-01")), "8873Q")).as("two assessments").isEmpty();
  }

  /** 8606 "Child referral date is more than 40 weeks before DOB or expected DOB": each recorded date counts. */
  @Test
  void rule8606ChecksTheExpectedDateOfBirthEvenWhenADateOfBirthIsRecorded() {
    assertThat(of(child().with(DOB, DOB + "<ExpectedPersonBirthDate>2025-06-01</ExpectedPersonBirthDate>"), "8606")).hasSize(1);
    // exactly 40 weeks (280 days) after the referral of 1 May 2024 is 5 February 2025: not more than 40 weeks
    assertThat(of(child().with(DOB, "<PersonBirthDate>2025-02-05</PersonBirthDate>"), "8606")).isEmpty();
    assertThat(of(child().with(DOB, "<PersonBirthDate>2025-02-06</PersonBirthDate>"), "8606")).hasSize(1);
  }

  /** 8794 "Child has two or more disabilities with the same code": one finding per repeated code. */
  @Test
  void rule8794ReportsEachRepeatedCodeOnce() {
    Child c = child().with("<Disability>NONE</Disability>", "<Disability>MOB</Disability><Disability>MOB</Disability><Disability>MOB</Disability><Disability>HAND</Disability><Disability>HAND</Disability>");
    assertThat(of(c, "8794")).extracting(Finding::value).containsExactly("MOB", "HAND");
  }

  /** 8867 "CIN episode is shown as closed, however Assessment is not shown as completed": on the episode. */
  @Test
  void rule8867ReportsTheClosedEpisodeOnce() {
    Child open = closed(child(), "2024-12-02", "RC7").with("<AssessmentAuthorisationDate>2024-05-20</AssessmentAuthorisationDate>", "");
    assertThat(of(open, "8867")).extracting(Finding::path, Finding::field).containsExactly(org.assertj.core.groups.Tuple.tuple("CINdetails[1]", "CINclosureDate"));
    assertThat(of(closed(child(), "2024-12-02", "RC7"), "8867")).isEmpty();
    assertThat(of(child().with("<AssessmentAuthorisationDate>2024-05-20</AssessmentAuthorisationDate>", ""), "8867")).as("episode open").isEmpty();
  }

  /** 1103 "The assessment start date cannot be before the referral date": the same day is allowed. */
  @Test
  void rule1103AllowsAnAssessmentStartingOnTheReferralDay() {
    assertThat(of(child().with("<AssessmentActualStartDate>2024-05-02", "<AssessmentActualStartDate>2024-05-01"), "1103")).isEmpty();
    assertThat(of(child().with("<AssessmentActualStartDate>2024-05-02", "<AssessmentActualStartDate>2024-04-30"), "1103")).hasSize(1);
  }

  /** 8815 "More than one open CIN Details episode ... has been provided for this child and case is not a referral with no further action." */
  @Test
  void rule8815CountsOnlyOpenEpisodesThatAreNotNoFurtherAction() {
    String second = "<CINdetails><CINreferralDate>2024-09-02</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>%s</CINdetails>";
    Child twoOpen = child().with("</CINdetails>", "</CINdetails>" + String.format(second, NFA));
    assertThat(of(twoOpen, "8815")).extracting(Finding::path).containsExactly("CINdetails[1]", "CINdetails[2]");
    Child secondNfa = child().with("</CINdetails>", "</CINdetails>" + String.format(second, "<ReferralNFA>1</ReferralNFA>"));
    assertThat(of(secondNfa, "8815")).isEmpty();
  }

  /** 8831 "Activity is recorded against a case marked as a referral with no further action": activity is a recorded date. */
  @Test
  void rule8831IsAboutRecordedActivityNotEmptyModules() {
    Child nfaEmptyModules = episodeOnly("<Assessments></Assessments><Section47></Section47><ReferralNFA>1</ReferralNFA>");
    assertThat(of(nfaEmptyModules, "8831")).isEmpty();
    Child nfaWithS47 = episodeOnly("<Section47><S47ActualStartDate>2024-05-03</S47ActualStartDate><ICPCnotRequired>1</ICPCnotRequired></Section47><ReferralNFA>1</ReferralNFA>");
    assertThat(of(nfaWithS47, "8831")).hasSize(1);
    assertThat(of(episodeOnly("<DateOfInitialCPC>2024-05-10</DateOfInitialCPC><ReferralNFA>true</ReferralNFA>"), "8831")).hasSize(1);
  }

  /** 8869 "The assessment factors code 21 cannot be used in conjunction with any other assessment factors": within one assessment. */
  @Test
  void rule8869IsWithinOneAssessment() {
    assertThat(of(child().with(FACTORS, "<AssessmentFactors>21</AssessmentFactors><AssessmentFactors>2A</AssessmentFactors>"), "8869")).hasSize(1);
    assertThat(of(child().with(FACTORS, "<AssessmentFactors>21</AssessmentFactors><AssessmentFactors></AssessmentFactors>"), "8869")).as("an empty element is no factor").isEmpty();
    Child only21 = child().with(FACTORS, "<AssessmentFactors>21</AssessmentFactors>");
    String assessment = only21.xml().substring(only21.xml().indexOf("<Assessments>"), only21.xml().indexOf("</Assessments>") + 14);
    Child twoAssessments = only21.with(assessment, assessment + assessment.replace("<AssessmentFactors>21</AssessmentFactors>", "<AssessmentFactors>2A</AssessmentFactors>")
        .replace("2024-05-02", "2024-05-21").replace("2024-05-20", "2024-06-01"));
    assertThat(of(twoAssessments, "8869")).isEmpty();
  }

  /** 1510 "UPN invalid (wrong check letter at character 1)": only where a check letter can be computed. */
  @Test
  void rule1510IsOnlyAboutTheCheckLetter() {
    assertThat(of(child().with(UPN, "<UPN>A301123456789</UPN>"), "1510")).hasSize(1);
    assertThat(of(child().with(UPN, "<UPN>R3011X3456789</UPN>"), "1510")).as("characters 5-12 not numeric: 1540").isEmpty();
    assertThat(of(child().with(UPN, upn("30112345678A")), "1510")).as("temporary UPN, letter at 13").isEmpty();
  }

  /** 1530 "characters 2-4 not a recognised LA code": the DfE list includes pseudo-LA codes (001-005, 701-708, ...). */
  @Test
  void rule1530AcceptsDfePseudoLaCodes() {
    assertThat(of(child().with(UPN, upn("001123456789")), "1530")).isEmpty();
    assertThat(of(child().with(UPN, upn("705123456789")), "1530")).isEmpty();
    assertThat(of(child().with(UPN, upn("999123456789")), "1530")).hasSize(1);
  }

  /** 8530Q "Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)". */
  @Test
  void rule8530QAcceptsFirstOfMarchToThirtyFirstOfDecember() {
    for (String ok : List.of("2025-03-01", "2025-12-31")) {
      assertThat(of(child().with(DOB, "<ExpectedPersonBirthDate>" + ok + "</ExpectedPersonBirthDate>"), "8530Q")).as(ok).isEmpty();
    }
    for (String out : List.of("2025-02-28", "2026-01-01")) {
      assertThat(of(child().with(DOB, "<ExpectedPersonBirthDate>" + out + "</ExpectedPersonBirthDate>"), "8530Q")).as(out).hasSize(1);
    }
  }

  /** 8525Q "Either Date of Birth or Expected Date of Birth must be provided (but not both)". */
  @Test
  void rule8525QWantsExactlyOneOfTheTwoDates() {
    assertThat(of(child().with(DOB, ""), "8525Q")).as("neither").hasSize(1);
    assertThat(of(child().with(DOB, DOB + "<ExpectedPersonBirthDate>2025-06-01</ExpectedPersonBirthDate>"), "8525Q")).as("both").hasSize(1);
    assertThat(of(child().with(DOB, "<ExpectedPersonBirthDate>2025-06-01</ExpectedPersonBirthDate>"), "8525Q")).as("expected only").isEmpty();
    assertThat(of(child(), "8525Q")).as("birth only").isEmpty();
  }

  /** 8775Q "Child is over 25 years old" (items PersonBirthDate, CINclosureDate): over 25 while an episode was open. */
  @Test
  void rule8775QIsAChildOver25WithAnEpisodeOpenAfterThe25thBirthday() {
    assertThat(of(child().with(DOB, "<PersonBirthDate>2000-03-31</PersonBirthDate>"), "8775Q")).as("exactly 25 on the census date").isEmpty();
    assertThat(of(child().with(DOB, "<PersonBirthDate>2000-03-30</PersonBirthDate>"), "8775Q")).as("25 and a day, episode open").hasSize(1);
    Child closedBefore25 = closed(child().with(DOB, "<PersonBirthDate>1999-06-01</PersonBirthDate>"), "2024-05-31", "RC7");
    assertThat(of(closedBefore25, "8775Q")).as("closed the day before the 25th birthday").isEmpty();
    assertThat(of(closed(child().with(DOB, "<PersonBirthDate>1999-06-01</PersonBirthDate>"), "2024-06-02", "RC7"), "8775Q")).hasSize(1);
  }

  /** 8897Q: an assessment completed on or after the start of the census year needs one or more factors of valid codes. */
  @Test
  void rule8897QWantsAValidFactorOnAnAssessmentCompletedThisYear() {
    Child noFactors = child().with("<FactorsIdentifiedAtAssessment>" + FACTORS + "</FactorsIdentifiedAtAssessment>", "");
    assertThat(of(noFactors, "8897Q")).hasSize(1);
    assertThat(of(child().with(FACTORS, "<AssessmentFactors>99Z</AssessmentFactors>"), "8897Q")).as("no valid code").hasSize(1);
    assertThat(of(noFactors.with("<AssessmentAuthorisationDate>2024-05-20", "<AssessmentAuthorisationDate>2024-03-28")
        .with("<AssessmentActualStartDate>2024-05-02", "<AssessmentActualStartDate>2024-03-01").with("<CINreferralDate>2024-05-01", "<CINreferralDate>2024-02-01"), "8897Q"))
        .as("completed last census year").isEmpty();
    assertThat(of(child(), "8897Q")).isEmpty();
  }

  /** 1560Q "Former UPN wrongly formatted": our reading accepts the temporary format (letter, 11 digits, letter). */
  @Test
  void rule1560QAcceptsATemporaryFormatFormerUpn() {
    assertThat(of(child().with(UPN, UPN + "<FormerUPN>A12345678901A</FormerUPN>"), "1560Q")).isEmpty();
    assertThat(of(child().with(UPN, UPN + "<FormerUPN>A1234567890AA</FormerUPN>"), "1560Q")).hasSize(1);
  }
}
