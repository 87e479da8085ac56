package uk.gov.safeguarding.ingestion.cin;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Tiny synthetic CIN census XML for tests. {@link #child} is one valid child of the 2024/25
 * collection (census period 1 April 2024 to 31 March 2025) with every module: a referral, a
 * completed assessment, a CIN plan ending the day a child protection plan starts, a S47 enquiry
 * whose conference starts that plan, and a review. Tests change it with {@link Child#with}.
 */
public final class CinXml {
  private CinXml() {}

  public static final String VALID_UPN = "R301123456789";

  public static final String IDENTIFIERS =
      "<ChildIdentifiers><LAchildID>%s</LAchildID><UPN>R301123456789</UPN><PersonBirthDate>2015-06-01</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>";
  public static final String CHARACTERISTICS = "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>";
  public static final String REFERRAL = "<CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>";
  public static final String ASSESSMENT =
      "<Assessments><AssessmentActualStartDate>2024-05-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-05-20</AssessmentAuthorisationDate>"
          + "<FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>3A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>";
  public static final String CIN_PLAN = "<CINPlanDates><CINPlanStartDate>2024-06-03</CINPlanStartDate><CINPlanEndDate>2024-07-15</CINPlanEndDate></CINPlanDates>";
  public static final String S47 =
      "<Section47><S47ActualStartDate>2024-07-01</S47ActualStartDate><InitialCPCtarget>2024-07-15</InitialCPCtarget><DateOfInitialCPC>2024-07-15</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>";
  public static final String NFA = "<ReferralNFA>0</ReferralNFA>";
  public static final String CPP =
      "<ChildProtectionPlans><CPPstartDate>2024-07-15</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>"
          + "<NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews><CPPreviewDate>2024-10-07</CPPreviewDate></Reviews></ChildProtectionPlans>";
  public static final String EPISODE = "<CINdetails>" + REFERRAL + ASSESSMENT + CIN_PLAN + S47 + NFA + CPP + "</CINdetails>";

  /** A child as XML text, changed by exact-text replacement. */
  public record Child(String xml) {
    public Child with(String from, String to) {
      if (!xml.contains(from)) {
        throw new IllegalArgumentException("Not in the child: " + from);
      }
      return new Child(xml.replace(from, to));
    }

    @Override
    public String toString() {
      return xml;
    }
  }

  public static Child child(String laChildId) {
    return new Child("<Child>" + String.format(IDENTIFIERS, laChildId) + CHARACTERISTICS + EPISODE + "</Child>");
  }

  public static Child child() {
    return child("C0001");
  }

  /** A whole return for a collection year and LA. */
  public static String message(int year, String lea, Child... children) {
    return message(year, year + "-03-31", lea, children);
  }

  public static String message(int year, String referenceDate, String lea, Child... children) {
    String body = Arrays.stream(children).map(Child::xml).collect(Collectors.joining("\n"));
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>" + year + "</Year><ReferenceDate>"
        + referenceDate + "</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>" + lea
        + "</LEA><SoftwareCode>Test</SoftwareCode><Release>1</Release><SerialNo>001</SerialNo><DateTime>" + (year - 1) + "-04-10T10:00:00</DateTime></Source></Header>\n<Children>\n"
        + body + "\n</Children></Message>\n";
  }
}
