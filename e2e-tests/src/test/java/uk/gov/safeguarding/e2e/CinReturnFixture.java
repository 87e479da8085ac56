package uk.gov.safeguarding.e2e;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Small synthetic CIN census returns (2024/25 layout, {@code Sex}) for the end-to-end tests. Every
 * child is invented: random ids, no UPN (under school age), no real dates of anybody.
 */
final class CinReturnFixture {
  private CinReturnFixture() {}

  /**
   * A return in which each of {@code referrals} children has one referral in the collection year
   * that ended in no further action (closed the same day).
   */
  static String referralsOnly(String lea, int collectionYear, int referrals) {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    LocalDate yearStart = LocalDate.of(collectionYear - 1, 4, 1);
    StringBuilder xml = new StringBuilder(256 * referrals + 1024);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n <Header>\n  <CollectionDetails>\n")
        .append("   <Collection>CIN</Collection>\n   <Year>").append(collectionYear).append("</Year>\n")
        .append("   <ReferenceDate>").append(collectionYear).append("-03-31</ReferenceDate>\n  </CollectionDetails>\n")
        .append("  <Source>\n   <SourceLevel>L</SourceLevel>\n   <LEA>").append(lea).append("</LEA>\n")
        .append("   <SoftwareCode>e2e-fixture</SoftwareCode>\n   <Release>1</Release>\n   <SerialNo>1</SerialNo>\n")
        .append("   <DateTime>").append(collectionYear).append("-05-01T09:00:00</DateTime>\n  </Source>\n </Header>\n <Children>\n");
    for (int i = 0; i < referrals; i++) {
      LocalDate referral = workingDay(yearStart.plusDays(20 + (i * 7L) % 300));
      LocalDate birth = referral.minusYears(2).minusDays(i);
      xml.append("  <Child>\n   <ChildIdentifiers>\n")
          .append("    <LAchildID>E2E").append(run).append(i).append("</LAchildID>\n")
          .append("    <UPNunknown>UN1</UPNunknown>\n")
          .append("    <PersonBirthDate>").append(birth).append("</PersonBirthDate>\n")
          .append("    <Sex>").append(i % 2 == 0 ? "F" : "M").append("</Sex>\n   </ChildIdentifiers>\n")
          .append("   <ChildCharacteristics>\n    <Ethnicity>WBRI</Ethnicity>\n")
          .append("    <Disabilities><Disability>NONE</Disability></Disabilities>\n   </ChildCharacteristics>\n")
          .append("   <CINdetails>\n")
          .append("    <CINreferralDate>").append(referral).append("</CINreferralDate>\n")
          .append("    <ReferralSource>1A</ReferralSource>\n")
          .append("    <CINclosureDate>").append(referral).append("</CINclosureDate>\n")
          .append("    <ReasonForClosure>RC8</ReasonForClosure>\n")
          .append("    <ReferralNFA>true</ReferralNFA>\n   </CINdetails>\n  </Child>\n");
    }
    return xml.append(" </Children>\n</Message>\n").toString();
  }

  private static LocalDate workingDay(LocalDate date) {
    LocalDate d = date;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }
}
