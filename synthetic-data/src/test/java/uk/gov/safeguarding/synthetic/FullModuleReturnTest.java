package uk.gov.safeguarding.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The full-module generator: schema layout, every element in each of its three states, boundary dates. */
class FullModuleReturnTest {

  private static String xml(int year, int children, FullModuleReturn.Choices choices) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FullModuleReturn.write("301", year, children, choices, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026})
  void withEveryChoiceZeroTheReturnIsValidAgainstThatYearsSchema(int year) throws Exception {
    var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(getClass().getResource("/cin/CIN_schema_" + year + ".xsd"));
    String xml = xml(year, 3, FullModuleReturn.Choices.of(List.of()));
    assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))).doesNotThrowAnyException();
    assertThat(xml).contains(year <= 2024 ? "<GenderCurrent>" : "<Sex>");
    for (String module : List.of("ChildIdentifiers", "Disabilities", "CINdetails", "Assessments", "FactorsIdentifiedAtAssessment", "CINPlanDates", "Section47", "ChildProtectionPlans", "Reviews")) {
      assertThat(xml).as(module).contains("<" + module + ">");
    }
  }

  @Test
  void theSameSeedWritesTheSameReturn() {
    assertThat(xml(2025, 50, FullModuleReturn.Choices.random(7))).isEqualTo(xml(2025, 50, FullModuleReturn.Choices.random(7)));
    assertThat(xml(2025, 50, FullModuleReturn.Choices.random(7))).isNotEqualTo(xml(2025, 50, FullModuleReturn.Choices.random(8)));
  }

  @Test
  void everyElementIsSomewherePresentEmptyAndSelfClosedAndSomeChildLacksIt() {
    String xml = xml(2026, 500, FullModuleReturn.Choices.random(1));
    Map<String, Set<String>> states = new HashMap<>();
    Matcher m = Pattern.compile("<(\\w+)>([^<]+)</\\1>|<(\\w+)></\\3>|<(\\w+)/>").matcher(xml);
    while (m.find()) {
      if (m.group(1) != null) {
        states.computeIfAbsent(m.group(1), k -> new HashSet<>()).add("value");
      } else if (m.group(3) != null) {
        states.computeIfAbsent(m.group(3), k -> new HashSet<>()).add("empty");
      } else {
        states.computeIfAbsent(m.group(4), k -> new HashSet<>()).add("self-closed");
      }
    }
    for (String leaf : List.of("LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "Sex", "PersonDeathDate", "Ethnicity",
        "Disability", "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "AssessmentActualStartDate",
        "AssessmentInternalReviewDate", "AssessmentAuthorisationDate", "AssessmentFactors", "CINPlanStartDate", "CINPlanEndDate", "S47ActualStartDate",
        "InitialCPCtarget", "ICPCnotRequired", "ReferralNFA", "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse",
        "NumberOfPreviousCPP", "CPPreviewDate")) {
      assertThat(states.get(leaf)).as(leaf).containsExactlyInAnyOrder("value", "empty", "self-closed");
    }
    String[] children = xml.split("<Child>");
    for (String leaf : List.of("InitialCategoryOfAbuse", "Ethnicity", "LAchildID", "ReferralNFA")) {
      assertThat(java.util.Arrays.stream(children).skip(1).filter(c -> !c.contains("<" + leaf))).as(leaf + " absent from some child").isNotEmpty();
    }
  }

  @Test
  void boundaryDatesAreTheCensusEdgesWeekendsAndBankHolidays() {
    List<LocalDate> d = FullModuleReturn.boundaries(2025);
    assertThat(d).contains(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 31), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1),
        LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26), LocalDate.of(2025, 1, 1), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 8, 26));
    assertThat(d).anyMatch(x -> x.getDayOfWeek() == DayOfWeek.SATURDAY).anyMatch(x -> x.getDayOfWeek() == DayOfWeek.SUNDAY);
    // Easter 2025 is 20 April (after the census year); Easter 2024 was 31 March: Good Friday 29 March, Easter Monday 1 April
    assertThat(FullModuleReturn.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(FullModuleReturn.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(FullModuleReturn.boundaries(2024)).contains(LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1));
  }
}
