package uk.gov.safeguarding.ingestion.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.ingestion.cin.CinXml.ASSESSMENT;
import static uk.gov.safeguarding.ingestion.cin.CinXml.CIN_PLAN;
import static uk.gov.safeguarding.ingestion.cin.CinXml.CPP;
import static uk.gov.safeguarding.ingestion.cin.CinXml.EPISODE;
import static uk.gov.safeguarding.ingestion.cin.CinXml.NFA;
import static uk.gov.safeguarding.ingestion.cin.CinXml.S47;
import static uk.gov.safeguarding.ingestion.cin.CinXml.child;
import static uk.gov.safeguarding.ingestion.cin.CinXml.message;
import static uk.gov.safeguarding.ingestion.cin.rules.RuleHarness.childCodes;
import static uk.gov.safeguarding.ingestion.cin.rules.RuleHarness.findings;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.safeguarding.ingestion.cin.CinXml.Child;

/**
 * One case per child-level rule: a change to the valid child that breaks exactly the meaning of
 * the rule, which must then fire. The valid child itself raises no child-level finding, so each
 * case fails without its rule.
 */
class ChildRulesTest {
  private static final String DOB = "<PersonBirthDate>2015-06-01</PersonBirthDate>";
  private static final String SEX = "<Sex>M</Sex>";
  private static final String UPN = "<UPN>R301123456789</UPN>";
  private static final String ID = "<LAchildID>C0001</LAchildID>";
  private static final String AUTH = "<AssessmentAuthorisationDate>2024-05-20</AssessmentAuthorisationDate>";
  private static final String FACTORS = "<AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>3A</AssessmentFactors>";
  private static final String PLAN_END = "<CINPlanEndDate>2024-07-15</CINPlanEndDate>";
  private static final String PLAN_START = "<CINPlanStartDate>2024-06-03</CINPlanStartDate>";
  private static final String S47_ICPC = "<DateOfInitialCPC>2024-07-15</DateOfInitialCPC>";
  private static final String S47_START = "<S47ActualStartDate>2024-07-01</S47ActualStartDate>";
  private static final String CPP_START = "<CPPstartDate>2024-07-15</CPPstartDate>";
  private static final String REVIEW = "<CPPreviewDate>2024-10-07</CPPreviewDate>";
  private static final String DISABILITY = "<Disability>NONE</Disability>";
  private static final String PRIMARY_NEED = "<PrimaryNeedCode>N1</PrimaryNeedCode>";
  private static final String REFERRAL = "<CINreferralDate>2024-05-01</CINreferralDate>";

  private static Child c() {
    return child();
  }

  private static Child closed(String date, String reason) {
    return c().with(NFA, "<CINclosureDate>" + date + "</CINclosureDate><ReasonForClosure>" + reason + "</ReasonForClosure>" + NFA);
  }

  private static Child death(String date) {
    return c().with(SEX, SEX + "<PersonDeathDate>" + date + "</PersonDeathDate>");
  }

  private static Child unborn(String expected, String sex) {
    return c().with(DOB, "<ExpectedPersonBirthDate>" + expected + "</ExpectedPersonBirthDate>").with(SEX, "<Sex>" + sex + "</Sex>");
  }

  private static String secondEpisode(String inner) {
    return "<CINdetails><CINreferralDate>2024-09-02</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>" + inner + NFA + "</CINdetails>";
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // ChildIdentifiers
        Arguments.of("1510", c().with(UPN, "<UPN>A301123456789</UPN>")),
        Arguments.of("1530", c().with(UPN, "<UPN>R999123456789</UPN>")),
        Arguments.of("1540", c().with(UPN, "<UPN>R30112X456789</UPN>")),
        Arguments.of("1550", c().with(UPN, "<UPN>R30112345678I</UPN>")),
        Arguments.of("1560Q", c().with(UPN, UPN + "<FormerUPN>R3011234</FormerUPN>")),
        Arguments.of("1570", c().with(ID, "<LAchildID>ABCDEFGHIJ0123456789X</LAchildID>")),
        Arguments.of("1580", c().with(ID, "<LAchildID>C-0001</LAchildID>")),
        Arguments.of("4180", c().with(SEX, "<Sex>X</Sex>")),
        Arguments.of("8500", c().with(ID, "")),
        Arguments.of("8520", c().with(DOB, "<PersonBirthDate>2025-04-02</PersonBirthDate>")),
        Arguments.of("8525Q", c().with(DOB, DOB + "<ExpectedPersonBirthDate>2015-06-01</ExpectedPersonBirthDate>")),
        Arguments.of("8530Q", unborn("2026-02-01", "U")),
        Arguments.of("8535Q", death("2015-01-01")),
        Arguments.of("8545Q", death("2024-03-01")),
        Arguments.of("8555Q", death("2024-04-15")),
        Arguments.of("8590", c().with(EPISODE, "")),
        Arguments.of("8750", unborn("2025-06-01", "M")),
        Arguments.of("8770Q", c().with(UPN, "")),
        Arguments.of("8772", c().with(UPN, "<UPNunknown>UN7</UPNunknown>")),
        Arguments.of("8775Q", c().with(DOB, "<PersonBirthDate>1990-01-01</PersonBirthDate>")),
        Arguments.of("4008", death("2024-06-01")),
        Arguments.of("4009Q", death("2024-07-01")),
        // ChildCharacteristics
        Arguments.of("4220", c().with("<Ethnicity>WBRI</Ethnicity>", "<Ethnicity>XXXX</Ethnicity>")),
        Arguments.of("8540", c().with(DISABILITY, "<Disability>XYZ</Disability>")),
        Arguments.of("8790", c().with(DISABILITY, DISABILITY + "<Disability>MOB</Disability>")),
        Arguments.of("8794", c().with(DISABILITY, "<Disability>MOB</Disability><Disability>MOB</Disability>")),
        // CINdetails
        Arguments.of("8568", c().with(NFA, "<ReferralNFA>maybe</ReferralNFA>")),
        Arguments.of("8569Q", c().with(EPISODE, "<CINdetails><CINreferralDate>2024-03-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>true</ReferralNFA></CINdetails>")),
        Arguments.of("8585Q", closed("2024-12-02", "RC2")),
        Arguments.of("8600", c().with(REFERRAL, "<CINreferralDate>2025-04-02</CINreferralDate>")),
        Arguments.of("8606", c().with(DOB, "<PersonBirthDate>2025-03-01</PersonBirthDate>")),
        Arguments.of("8610", c().with(PRIMARY_NEED, "")),
        Arguments.of("8620", closed("2025-04-10", "RC7")),
        Arguments.of("8630", closed("2024-04-20", "RC7")),
        Arguments.of("8640", closed("2024-12-02", "RC0")),
        Arguments.of("8650", c().with(PRIMARY_NEED, "<PrimaryNeedCode>N10</PrimaryNeedCode>")),
        Arguments.of("8805", c().with(NFA, "<CINclosureDate>2024-12-02</CINclosureDate>" + NFA)),
        Arguments.of("8810", c().with(NFA, "<ReasonForClosure>RC7</ReasonForClosure>" + NFA)),
        Arguments.of("8866", c().with("<ReferralSource>1A</ReferralSource>", "<ReferralSource>99</ReferralSource>")),
        Arguments.of("2990", closed("2024-12-02", "RC8")),
        Arguments.of("2991Q", c().with(ASSESSMENT, "")),
        Arguments.of("8825Q", closed("2024-12-02", "RC9").with(ASSESSMENT, "")),
        Arguments.of("8831", c().with(NFA, "<ReferralNFA>1</ReferralNFA>")),
        Arguments.of("8832", c().with(NFA, "<ReferralNFA>true</ReferralNFA>")),
        Arguments.of("4000", c().with(NFA, "<ReferralNFA>1</ReferralNFA>")),
        Arguments.of("8565", closed("2024-07-01", "RC7")),
        Arguments.of("8867", closed("2024-12-02", "RC7").with(AUTH, "")),
        Arguments.of("8868", closed("2024-12-02", "RC7").with(S47_ICPC, "")),
        Arguments.of("8815", c().with("</CINdetails>", "</CINdetails>" + secondEpisode(""))),
        Arguments.of("8816", c().with("</CINdetails>", "</CINdetails>" + secondEpisode(""))),
        Arguments.of("8820", c().with("</CINdetails>", "</CINdetails>" + secondEpisode("<CINclosureDate>2024-10-01</CINclosureDate><ReasonForClosure>RC7</ReasonForClosure>"))),
        // Assessments
        Arguments.of("1103", c().with("<AssessmentActualStartDate>2024-05-02", "<AssessmentActualStartDate>2024-04-20")),
        Arguments.of("8608", c().with(AUTH, "<AssessmentAuthorisationDate>2024-05-01</AssessmentAuthorisationDate>")),
        Arguments.of("8614", c().with(AUTH, "")),
        Arguments.of("8670Q", c().with(AUTH, "")),
        Arguments.of("8696", c().with(AUTH, "<AssessmentAuthorisationDate>2025-04-10</AssessmentAuthorisationDate>")),
        Arguments.of("8736", c().with(AUTH, "").with("<AssessmentActualStartDate>2024-05-02", "<AssessmentActualStartDate>2024-03-01")),
        Arguments.of("8863Q", c().with(ASSESSMENT, ASSESSMENT + ASSESSMENT.replace("2024-05-02", "2024-05-10").replace("2024-05-20", "2024-05-30"))),
        Arguments.of("8869", c().with(FACTORS, "<AssessmentFactors>21</AssessmentFactors><AssessmentFactors>2A</AssessmentFactors>")),
        Arguments.of("8873Q", closed("2024-12-02", "RC7").with(FACTORS, "<AssessmentFactors>21</AssessmentFactors>").with(CIN_PLAN, "").with(S47, "").with(CPP, "")),
        Arguments.of("8896", c().with(AUTH, "").with(ASSESSMENT.replace(AUTH, ""), ASSESSMENT.replace(AUTH, "") + ASSESSMENT.replace(AUTH, ""))),
        Arguments.of("8897Q", c().with("<FactorsIdentifiedAtAssessment>" + FACTORS + "</FactorsIdentifiedAtAssessment>", "")),
        Arguments.of("8898", c().with(FACTORS, "<AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>2A</AssessmentFactors>")),
        Arguments.of("8945Q", c().with(FACTORS, "<AssessmentFactors>18A</AssessmentFactors>")),
        Arguments.of("8950Q", c().with(FACTORS, "<AssessmentFactors>19A</AssessmentFactors>")),
        // Section47 and conferences
        Arguments.of("1104", c().with(S47_ICPC, "<DateOfInitialCPC>2024-04-29</DateOfInitialCPC>")),
        Arguments.of("2884", c().with(PRIMARY_NEED, PRIMARY_NEED + "<DateOfInitialCPC>2024-07-15</DateOfInitialCPC>")),
        Arguments.of("2889", c().with(S47_START, "<S47ActualStartDate>2024-04-29</S47ActualStartDate>")),
        Arguments.of("8615", c().with(S47_START, "<S47ActualStartDate>2024-07-16</S47ActualStartDate>")),
        Arguments.of("8675Q", c().with(S47_ICPC, "")),
        Arguments.of("8715", c().with(S47_ICPC, "<DateOfInitialCPC>2025-04-14</DateOfInitialCPC>")),
        Arguments.of("8740", c().with(S47_ICPC, "").with(S47_START, "<S47ActualStartDate>2024-03-01</S47ActualStartDate>")),
        Arguments.of("8839", c().with(S47_ICPC, "").with(S47.replace(S47_ICPC, ""), S47.replace(S47_ICPC, "") + S47.replace(S47_ICPC, "").replace("2024-07-01", "2024-07-02"))),
        Arguments.of("8870Q", c().with("<InitialCPCtarget>2024-07-15</InitialCPCtarget>", "<InitialCPCtarget>2024-07-13</InitialCPCtarget>")),
        Arguments.of("8875", c().with(S47_ICPC, "<DateOfInitialCPC>2024-07-14</DateOfInitialCPC>")),
        Arguments.of("8890", c().with(S47, S47 + S47.replace("2024-07-01", "2024-07-05"))),
        // Child protection plans
        Arguments.of("1105", c().with(CPP_START, "<CPPstartDate>2024-04-29</CPPstartDate>")),
        Arguments.of("2885", c().with(CPP_START, "<CPPstartDate>2024-07-16</CPPstartDate>")),
        Arguments.of("8720", c().with(CPP_START, "<CPPstartDate>2025-04-14</CPPstartDate>")),
        Arguments.of("8730", c().with("<NumberOfPreviousCPP>0</NumberOfPreviousCPP>", "")),
        Arguments.of("8840", c().with(CPP_START, CPP_START + "<CPPendDate>2024-07-15</CPPendDate>")),
        Arguments.of("8841", c().with(REVIEW, "<CPPreviewDate>2024-07-15</CPPreviewDate>")),
        Arguments.of("8842Q", c().with(REVIEW, REVIEW + "<CPPreviewDate></CPPreviewDate>")),
        Arguments.of("8905", c().with("<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>", "<InitialCategoryOfAbuse>XXX</InitialCategoryOfAbuse>")),
        Arguments.of("8910", c().with("<LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>", "<LatestCategoryOfAbuse>XXX</LatestCategoryOfAbuse>")),
        Arguments.of("8915", death("2024-07-10")),
        Arguments.of("8920", death("2024-08-01").with(CPP_START, CPP_START + "<CPPendDate>2024-09-02</CPPendDate>")),
        Arguments.of("8925", c().with(CPP_START, CPP_START + "<CPPendDate>2024-07-01</CPPendDate>")),
        Arguments.of("8930", c().with(CPP_START, CPP_START + "<CPPendDate>2025-04-14</CPPendDate>")),
        Arguments.of("8935", c().with(CPP, CPP + CPP.replace(CPP_START, "<CPPstartDate>2024-08-01</CPPstartDate>"))),
        Arguments.of("8940", c().with(CPP, CPP + CPP.replace(CPP_START, "<CPPstartDate>2024-08-01</CPPstartDate><CPPendDate>2024-09-02</CPPendDate>"))),
        // CIN plans
        Arguments.of("4001", c().with(PLAN_END, "")),
        Arguments.of("4003", c().with(PLAN_END, "<CINPlanEndDate>2024-12-31</CINPlanEndDate>")),
        Arguments.of("4004", c().with(PLAN_END, "").with(CIN_PLAN.replace(PLAN_END, ""), CIN_PLAN.replace(PLAN_END, "") + "<CINPlanDates><CINPlanStartDate>2024-08-01</CINPlanStartDate></CINPlanDates>")),
        Arguments.of("4010", c().with(PLAN_START, "<CINPlanStartDate>2025-04-02</CINPlanStartDate>")),
        Arguments.of("4011", c().with(PLAN_END, "<CINPlanEndDate>2024-06-01</CINPlanEndDate>")),
        Arguments.of("4012Q", c().with(PLAN_END, "<CINPlanEndDate>2024-06-03</CINPlanEndDate>")),
        Arguments.of("4013", c().with(PLAN_END, "<CINPlanEndDate>2025-04-15</CINPlanEndDate>")),
        Arguments.of("4014", c().with(CIN_PLAN, CIN_PLAN + "<CINPlanDates><CINPlanStartDate>2024-07-01</CINPlanStartDate><CINPlanEndDate>2024-07-10</CINPlanEndDate></CINPlanDates>")),
        Arguments.of("4015", c().with(PLAN_START, "<CINPlanStartDate>2024-04-29</CINPlanStartDate>")),
        Arguments.of("4016", c().with(CIN_PLAN, CIN_PLAN + "<CINPlanDates><CINPlanStartDate>2024-08-01</CINPlanStartDate><CINPlanEndDate>2024-09-02</CINPlanEndDate></CINPlanDates>")),
        Arguments.of("4017", c().with(PLAN_END, "<CINPlanEndDate>2024-08-01</CINPlanEndDate>")));
  }

  @ParameterizedTest(name = "{0} fires")
  @MethodSource("cases")
  void ruleFiresWhenItsConditionIsBroken(String code, Child child) {
    assertThat(childCodes(message(2025, "301", child))).contains(code);
  }

  @Test
  void theValidChildRaisesNoChildLevelFinding() {
    assertThat(childCodes(message(2025, "301", child()))).isEmpty();
    // the same child one year later (2025/26; the conference dates stay weekdays)
    Child c2026 = new Child(child().xml().replaceAll("2025-", "2026-").replaceAll("2024-", "2025-"));
    assertThat(childCodes(message(2026, "301", c2026))).isEmpty();
  }

  @Test
  void everyChildLevelRuleHasACase() {
    Set<String> covered = new TreeSet<>(cases().map(a -> (String) a.get()[0]).toList());
    Set<String> childRules = new TreeSet<>();
    RuleCatalog.standard().forYear(2025).forEach(r -> {
      if (RuleCatalog.standard().implementation(r.code()) instanceof CinRule.ChildRule) {
        childRules.add(r.code());
      }
    });
    assertThat(covered).containsExactlyInAnyOrderElementsOf(childRules);
  }

  @Test
  void findingsNameTheChildItsRowAndTheFlaggedValue() {
    List<Finding> f = findings(message(2025, "301", child("A1"), child("B2").with(SEX, "<Sex>X</Sex>")));
    Finding sex = f.stream().filter(x -> x.rule().equals("4180")).findFirst().orElseThrow();
    assertThat(sex.laChildId()).isEqualTo("B2");
    assertThat(sex.field()).isEqualTo("Sex");
    assertThat(sex.value()).isEqualTo("X");
    assertThat(sex.line()).isGreaterThan(3);
    assertThat(sex.path()).isEqualTo("ChildIdentifiers");
  }

  @Test
  void ongoingAssessmentStartedWithin45WorkingDaysOfTheCensusDateIsNotQueried() {
    // 45 working days before 31 March 2025 (Good Friday and Easter Monday fall after it) is 27 January 2025
    Child recent = c().with(AUTH, "").with(FACTORS, "").with("<FactorsIdentifiedAtAssessment></FactorsIdentifiedAtAssessment>", "")
        .with("<AssessmentActualStartDate>2024-05-02", "<AssessmentActualStartDate>2025-01-27");
    assertThat(childCodes(message(2025, "301", recent))).doesNotContain("8670Q");
    Child older = recent.with("<AssessmentActualStartDate>2025-01-27", "<AssessmentActualStartDate>2025-01-24");
    assertThat(childCodes(message(2025, "301", older))).contains("8670Q");
  }

  @Test
  void ongoingAssessmentStartedAfterTheCensusDateIsNotQueriedAsOverdue() {
    // Rules only step back from the census dates (WorkingDays.minus), never count between two of
    // the return's dates, so a start after 31 March is no reversed count: 8670Q stays silent and
    // 8736 (start outside the period) reports it
    Child future = c().with(AUTH, "").with(FACTORS, "").with("<FactorsIdentifiedAtAssessment></FactorsIdentifiedAtAssessment>", "")
        .with("<AssessmentActualStartDate>2024-05-02", "<AssessmentActualStartDate>2025-04-02");
    assertThat(childCodes(message(2025, "301", future))).doesNotContain("8670Q").contains("8736");
  }

  @Test
  void nfaReferralOnTheLastWorkingDayBeforeThePeriodIsAllowed() {
    // 1 April 2024 was Easter Monday: one working day before it is Thursday 28 March 2024
    String nfa = "<CINdetails><CINreferralDate>%s</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>1</ReferralNFA></CINdetails>";
    Child onTime = c().with(EPISODE, String.format(nfa, "2024-03-28"));
    Child tooEarly = c().with(EPISODE, String.format(nfa, "2024-03-27"));
    assertThat(childCodes(message(2025, "301", onTime))).doesNotContain("8569Q");
    assertThat(childCodes(message(2025, "301", tooEarly))).contains("8569Q");
  }

  @Test
  void unbornChildWithSexUnknownAndExpectedBirthInRangeIsFine() {
    Child unborn = unborn("2025-06-01", "U").with(UPN, "<UPNunknown>UN1</UPNunknown>")
        .with(EPISODE, "<CINdetails>" + REFERRAL.replace("2024-05-01", "2025-01-06") + "<ReferralSource>1A</ReferralSource><ReferralNFA>1</ReferralNFA></CINdetails>");
    assertThat(childCodes(message(2025, "301", unborn))).isEmpty();
  }

  @Test
  void gender2023to24UsesGenderCurrentCodes() {
    Child c2024 = new Child(child().xml().replace(SEX, "<GenderCurrent>1</GenderCurrent>").replaceAll("2024-", "2023-").replaceAll("2025-", "2024-").replace("2023-07-15", "2023-07-17"));
    assertThat(childCodes(message(2024, "301", c2024))).isEmpty();
    assertThat(childCodes(message(2024, "301", c2024.with("<GenderCurrent>1</GenderCurrent>", "<GenderCurrent>M</GenderCurrent>")))).contains("4180");
    Child unborn = c2024.with(DOB.replace("2015", "2015"), "<ExpectedPersonBirthDate>2024-06-01</ExpectedPersonBirthDate>");
    assertThat(childCodes(message(2024, "301", unborn))).contains("8750");
    assertThat(childCodes(message(2024, "301", unborn.with("<GenderCurrent>1</GenderCurrent>", "<GenderCurrent>0</GenderCurrent>")))).doesNotContain("8750", "4180");
  }

  @Test
  void booleansAcceptZeroOneAndTrueFalse() {
    for (String v : List.of("0", "false", "1", "true")) {
      assertThat(childCodes(message(2025, "301", c().with(NFA, "<ReferralNFA>" + v + "</ReferralNFA>")))).doesNotContain("8568");
    }
  }

  @Test
  void aCinPlanMayEndTheDayAChildProtectionPlanStarts() {
    assertThat(childCodes(message(2025, "301", c()))).doesNotContain("4001", "4016", "4017");
  }
}
