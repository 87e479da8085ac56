package uk.gov.safeguarding.ingestion.cin.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.safeguarding.ingestion.cin.CinXml.child;
import static uk.gov.safeguarding.ingestion.cin.CinXml.message;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.ingestion.cin.model.CinChild;
import uk.gov.safeguarding.ingestion.cin.model.CinDetails;
import uk.gov.safeguarding.ingestion.cin.model.Sex;

class CinParserTest {
  private static InputStream in(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static List<CinChild> parse(String xml) {
    List<CinChild> out = new ArrayList<>();
    CinParser.parse(in(xml), h -> List.of(out::add));
    return out;
  }

  @Test
  void readsEveryModuleOfAChild() {
    CinChild c = parse(message(2025, "301", child("X1"))).get(0);
    assertThat(c.laChildId()).isEqualTo("X1");
    assertThat(c.sex()).isEqualTo(Sex.MALE);
    assertThat(c.disabilities()).containsExactly("NONE");
    CinDetails d = c.cinDetails().get(0);
    assertThat(d.referralNfa()).isFalse();
    assertThat(d.assessments().get(0).factors()).containsExactly("2A", "3A");
    assertThat(d.cinPlanDates().get(0).endDate()).hasToString("2024-07-15");
    assertThat(d.section47s().get(0).icpcNotRequired()).isFalse();
    assertThat(d.childProtectionPlans().get(0).reviewDates()).hasSize(1);
    assertThat(d.childProtectionPlans().get(0).numberOfPreviousCpp()).isZero();
  }

  @Test
  void headerGivesYearLeaAndReferenceDate() {
    var result = CinParser.parse(in(message(2026, "204", child())), h -> List.of());
    assertThat(result.header().collectionYear()).isEqualTo(2026);
    assertThat(result.header().laOldCode()).isEqualTo("204");
    assertThat(result.header().referenceDate()).hasToString("2026-03-31");
    assertThat(result.children()).isEqualTo(1);
  }

  @Test
  void genderCurrentIsReadUpTo2023to24AndSexFrom2024to25() {
    String gender = child().xml().replace("<Sex>M</Sex>", "<GenderCurrent>2</GenderCurrent>");
    assertThat(parse(message(2024, "301", new uk.gov.safeguarding.ingestion.cin.CinXml.Child(gender))).get(0).sex()).isEqualTo(Sex.FEMALE);
    // in 2024/25 GenderCurrent is not the sex element: no sex recorded
    assertThat(parse(message(2025, "301", new uk.gov.safeguarding.ingestion.cin.CinXml.Child(gender))).get(0).sex()).isNull();
  }

  @Test
  void malformedXmlReportsLineAndColumn() {
    String xml = message(2025, "301", child()).replace("</CINreferralDate>", "</CINreferral>");
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOfSatisfying(CinParseException.class, e -> {
          assertThat(e.kind()).isEqualTo(CinParseException.Kind.MALFORMED);
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.column()).isPositive();
          assertThat(e.getMessage()).contains("line 4").doesNotContain("CINreferral");
        });
  }

  @Test
  void refusesExternalEntities() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><Message><Header/><Children>&xxe;</Children></Message>";
    assertThatThrownBy(() -> parse(xxe)).isInstanceOf(CinParseException.class);
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]><Message><Children>&lol9;</Children></Message>");
    assertThatThrownBy(() -> parse(dtd.toString())).isInstanceOf(CinParseException.class);
  }

  @Test
  void refusesExcessiveDepthEvenWhereContentIsSkipped() {
    // the other schema year's sex element is the one element whose content is skipped unread
    String nested = "<GenderCurrent>" + "<a>".repeat(100) + "</a>".repeat(100) + "</GenderCurrent>";
    String deep = message(2025, "301", child().with("<Sex>M</Sex>", "<Sex>M</Sex>" + nested));
    assertThatThrownBy(() -> parse(deep)).isInstanceOfSatisfying(CinParseException.class, e -> assertThat(e.kind()).isEqualTo(CinParseException.Kind.LIMIT));
  }

  @Test
  void anXIncludeIsRefusedAsAnElementOutsideTheSchemaWithItsPathLineAndColumn() {
    String xml = message(2025, "301", child()).replace("<Children>", "<Children xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/passwd\" parse=\"text\"/>");
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOfSatisfying(CinParseException.class, e -> {
          assertThat(e.kind()).isEqualTo(CinParseException.Kind.SCHEMA);
          assertThat(e.rule()).isEqualTo("UnknownElement");
          assertThat(e.path()).isEqualTo("/Message/Children/xi:include");
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isPositive();
          assertThat(e.getMessage()).contains("namespace http://www.w3.org/2001/XInclude").contains("line 3, column ").doesNotContain("passwd");
        });
  }

  @Test
  void anUnknownElementAnywhereInAChildIsRefused() {
    String inEpisode = message(2025, "301", child().with("<ReferralNFA>", "<Comment>free text</Comment><ReferralNFA>"));
    assertThatThrownBy(() -> parse(inEpisode))
        .isInstanceOfSatisfying(CinParseException.class, e -> {
          assertThat(e.rule()).isEqualTo("UnknownElement");
          assertThat(e.path()).isEqualTo("/Message/Children/Child[1]/CINdetails[1]/Comment");
          assertThat(e.getMessage()).doesNotContain("free text");
        });
    String inReviews = message(2025, "301", child().with("<Reviews>", "<Reviews><Note/>"));
    assertThatThrownBy(() -> parse(inReviews))
        .isInstanceOfSatisfying(CinParseException.class, e -> assertThat(e.path()).isEqualTo("/Message/Children/Child[1]/CINdetails[1]/ChildProtectionPlans[1]/Reviews/Note"));
    String inHeader = message(2025, "301", child()).replace("<LEA>", "<Extra/><LEA>");
    assertThatThrownBy(() -> parse(inHeader))
        .isInstanceOfSatisfying(CinParseException.class, e -> assertThat(e.path()).isEqualTo("/Message/Header/Source/Extra"));
  }

  @Test
  void aSchemaElementNameInAForeignNamespaceIsStillForeign() {
    String xml = message(2025, "301", child().with("<Ethnicity>WBRI</Ethnicity>", "<x:Ethnicity xmlns:x=\"urn:elsewhere\">WBRI</x:Ethnicity>"));
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOfSatisfying(CinParseException.class, e -> assertThat(e.path()).isEqualTo("/Message/Children/Child[1]/ChildCharacteristics/x:Ethnicity"));
    String root = "<Message xmlns=\"urn:elsewhere\"><Header/><Children/></Message>";
    assertThatThrownBy(() -> parse(root)).isInstanceOfSatisfying(CinParseException.class, e -> assertThat(e.kind()).isEqualTo(CinParseException.Kind.SCHEMA));
  }

  @Test
  void aValueNotOfItsTypeNamesItsPath() {
    String xml = message(2025, "301", child()).replace("<CINreferralDate>2024-05-01", "<CINreferralDate>2024-13-01");
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOfSatisfying(CinParseException.class, e -> {
          assertThat(e.path()).isEqualTo("/Message/Children/Child[1]/CINdetails[1]/CINreferralDate");
          assertThat(e.rule()).isEqualTo("xs:date");
          assertThat(e.getMessage()).doesNotContain("2024-13-01");
        });
  }

  @Test
  void bodyLimitIsEnforcedWhileStreaming() {
    String xml = message(2025, "301", child(), child("B"), child("C"));
    assertThatThrownBy(() -> CinParser.parse(new LimitedInputStream(in(xml), 1000), h -> List.of())).isInstanceOf(BodyTooLargeException.class);
  }

  @Test
  void missingHeaderOrLeaIsASchemaError() {
    assertThatThrownBy(() -> parse("<Message><Children/></Message>")).isInstanceOfSatisfying(CinParseException.class, e -> assertThat(e.path()).isEqualTo("/Message/Header"));
    String noLea = message(2025, "301", child()).replace("<LEA>301</LEA>", "");
    assertThatThrownBy(() -> parse(noLea)).isInstanceOfSatisfying(CinParseException.class, e -> assertThat(e.path()).isEqualTo("/Message/Header/Source/LEA"));
  }
}
