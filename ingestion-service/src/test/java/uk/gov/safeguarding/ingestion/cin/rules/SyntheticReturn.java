package uk.gov.safeguarding.ingestion.cin.rules;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import uk.gov.safeguarding.ingestion.cin.CinXml;

/**
 * Writes synthetic 2024/25 CIN returns of any size for benchmarks, streaming (never held in
 * memory). Children rotate through four shapes: every module (assessment, CIN plan, S47,
 * conference, child protection plan with review), a no-further-action referral, an episode closed
 * after assessment (RC8), and an unborn child. Each child has its own LAchildID and a UPN with a
 * valid check letter. About 1 KB per child.
 */
public final class SyntheticReturn {
  private SyntheticReturn() {}

  public static String upn(int i) {
    String body = String.format("301%09d", i % 1_000_000_000);
    return ChildIdentifierRules.checkLetter("A" + body) + body;
  }

  public static String child(int i) {
    String id = "S" + i;
    return switch (i % 4) {
      case 0 -> CinXml.child(id).with(CinXml.VALID_UPN, upn(i)).xml();
      case 1 -> CinXml.child(id).with(CinXml.VALID_UPN, upn(i))
          .with(CinXml.EPISODE, "<CINdetails><CINreferralDate>2024-11-04</CINreferralDate><ReferralSource>5A</ReferralSource><ReferralNFA>1</ReferralNFA></CINdetails>").xml();
      case 2 -> CinXml.child(id).with(CinXml.VALID_UPN, upn(i))
          .with(CinXml.EPISODE, "<CINdetails><CINreferralDate>2024-09-02</CINreferralDate><ReferralSource>2A</ReferralSource><PrimaryNeedCode>N2</PrimaryNeedCode>"
              + "<CINclosureDate>2024-10-15</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure>"
              + "<Assessments><AssessmentActualStartDate>2024-09-03</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-10-15</AssessmentAuthorisationDate>"
              + "<FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments><ReferralNFA>0</ReferralNFA></CINdetails>").xml();
      default -> CinXml.child(id).with("<UPN>" + CinXml.VALID_UPN + "</UPN>", "<UPNunknown>UN1</UPNunknown>")
          .with("<PersonBirthDate>2015-06-01</PersonBirthDate>", "<ExpectedPersonBirthDate>2025-06-01</ExpectedPersonBirthDate>").with("<Sex>M</Sex>", "<Sex>U</Sex>")
          .with(CinXml.EPISODE, "<CINdetails><CINreferralDate>2025-01-06</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA></CINdetails>")
          .with("<Disabilities><Disability>NONE</Disability></Disabilities>", "").xml();
    };
  }

  /** Writes a return of {@code children} children; answers the bytes written is left to the stream. */
  public static void write(OutputStream out, String lea, int children, String nonce) throws IOException {
    String empty = CinXml.message(2025, lea).replace("<Release>1</Release>", "<Release>" + nonce + "</Release>");
    int cut = empty.indexOf("</Children>");
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write(empty, 0, cut);
    for (int i = 0; i < children; i++) {
      w.write(child(i));
      w.write('\n');
    }
    w.write(empty.substring(cut));
    w.flush();
  }
}
