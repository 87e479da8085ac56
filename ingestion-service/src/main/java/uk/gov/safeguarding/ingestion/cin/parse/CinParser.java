package uk.gov.safeguarding.ingestion.cin.parse;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.gov.safeguarding.ingestion.cin.ChildVisitor;
import uk.gov.safeguarding.ingestion.cin.model.Assessment;
import uk.gov.safeguarding.ingestion.cin.model.ChildProtectionPlan;
import uk.gov.safeguarding.ingestion.cin.model.CinChild;
import uk.gov.safeguarding.ingestion.cin.model.CinDetails;
import uk.gov.safeguarding.ingestion.cin.model.CinHeader;
import uk.gov.safeguarding.ingestion.cin.model.CinPlanDates;
import uk.gov.safeguarding.ingestion.cin.model.Section47;
import uk.gov.safeguarding.ingestion.cin.model.Sex;
import uk.gov.safeguarding.ingestion.cin.model.YesNo;

/**
 * Streaming reader of a CIN census return (schemas 2023/24 to 2025/26) with Woodstox. Each
 * {@code Child} is built, handed to the visitors and dropped, so memory stays bounded whatever
 * the size of the return. Hardened: DTDs (hence external entities and entity expansion) are
 * refused, and element depth, attribute count and size, and text length are limited. Only the
 * elements of the CIN schemas are accepted where the schemas allow them: an unknown element, or
 * any element in a namespace (the schemas have none), e.g. XInclude's {@code xi:include}, is a
 * schema error ({@code UnknownElement}) naming its path, line and column.
 *
 * <p>The sex element follows the header year: {@code GenderCurrent} up to 2024 (2023/24),
 * {@code Sex} from 2025 (2024/25); the other one is ignored, so a return using the wrong element
 * has no sex recorded (rule 4180).
 */
public final class CinParser {
  /** The largest accepted text of one element (no CIN item comes close). */
  public static final int MAX_TEXT_LENGTH = 4096;

  private static final XMLInputFactory FACTORY = hardenedFactory();

  /** The sex element of every supported schema year ({@code GenderCurrent} to 2023/24, {@code Sex} from 2024/25). */
  private static final java.util.Set<String> SEX_ELEMENTS = java.util.Set.of("GenderCurrent", "Sex");

  /** What the parse saw. */
  public record Result(CinHeader header, int children) {}

  private CinParser() {}

  static XMLInputFactory hardenedFactory() {
    WstxInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_VALIDATING, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 16);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 16);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 1024);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
    f.setProperty(WstxInputProperties.P_MAX_CHILDREN_PER_ELEMENT, 50_000_000);
    f.setProperty(XMLInputFactory.RESOLVER, (javax.xml.stream.XMLResolver) (publicId, systemId, base, ns) -> {
      throw new XMLStreamException("External resources are not allowed");
    });
    return f;
  }

  /**
   * Reads a return.
   *
   * @param onHeader called once the header is read, before any child: checks it (throwing to
   *     abort) and answers the visitors that receive each child
   */
  public static Result parse(InputStream in, Function<CinHeader, List<ChildVisitor>> onHeader) {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(in);
      return new CinParser.Run(r).message(onHeader);
    } catch (XMLStreamException e) {
      throw malformed(e, r);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond the stream, which the caller owns
        }
      }
    }
  }

  private static CinParseException malformed(XMLStreamException e, XMLStreamReader r) {
    Location loc = e.getLocation() != null ? e.getLocation() : (r == null ? null : r.getLocation());
    int line = loc == null ? -1 : loc.getLineNumber();
    int column = loc == null ? -1 : loc.getColumnNumber();
    String msg = e.getMessage() == null ? "" : e.getMessage();
    CinParseException.Kind kind = CinParseException.Kind.MALFORMED;
    String rule = "WellFormedXml";
    String what = "The XML is not well-formed";
    if (msg.contains("limit") || msg.contains("Maximum") || msg.contains("max")) {
      kind = CinParseException.Kind.LIMIT;
      rule = "XmlLimit";
      what = "The XML exceeds a safety limit (element depth, attributes, text length or entities)";
    } else if (msg.contains("ntity") || msg.contains("DTD") || msg.contains("External")) {
      kind = CinParseException.Kind.FORBIDDEN_CONSTRUCT;
      rule = "NoDtdOrEntities";
      what = "DTDs and entity references are not allowed";
    }
    return new CinParseException(kind, rule, "line " + line + ", column " + column, line, column, what + " (line " + line + ", column " + column + ")");
  }

  /** One parse: the reader and the visitors. */
  private static final class Run {
    private final XMLStreamReader r;
    private List<ChildVisitor> visitors = List.of();
    private CinHeader header;
    private boolean genderCurrent;
    private int childCount;

    Run(XMLStreamReader r) {
      this.r = r;
    }

    Result message(Function<CinHeader, List<ChildVisitor>> onHeader) throws XMLStreamException {
      int event = r.nextTag();
      if (event == XMLStreamConstants.DTD) {
        throw forbidden();
      }
      if (!"Message".equals(r.getLocalName()) || !noNamespace(r.getNamespaceURI())) {
        throw schema("/" + r.getLocalName(), "Message", "The root element must be Message");
      }
      boolean sawChildren = false;
      while (nextChild("/Message", "")) {
        String name = r.getLocalName();
        switch (name) {
          case "Header" -> {
            header = header();
            genderCurrent = header.collectionYear() <= 2024;
            visitors = onHeader.apply(header);
          }
          case "Children" -> {
            if (header == null) {
              throw schema("/Message/Header", "Header", "The Header must come before the Children");
            }
            sawChildren = true;
            children();
          }
          default -> throw unknown("/Message", "");
        }
      }
      if (header == null) {
        throw schema("/Message/Header", "Header", "The Header is missing");
      }
      if (!sawChildren) {
        throw schema("/Message/Children", "Children", "The Children element is missing");
      }
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.DTD) {
          throw forbidden();
        }
      }
      return new Result(header, childCount);
    }

    private CinHeader header() throws XMLStreamException {
      String collection = null;
      Integer year = null;
      LocalDate referenceDate = null;
      String sourceLevel = null;
      String lea = null;
      String software = null;
      String release = null;
      String serial = null;
      LocalDateTime dateTime = null;
      while (nextChild("/Message/Header", "")) {
        switch (r.getLocalName()) {
          case "CollectionDetails" -> {
            while (nextChild("/Message/Header/CollectionDetails", "")) {
              switch (r.getLocalName()) {
                case "Collection" -> collection = text();
                case "Year" -> year = integer("/Message/Header/CollectionDetails/Year", "xs:gYear");
                case "ReferenceDate" -> referenceDate = date("/Message/Header/CollectionDetails/ReferenceDate");
                default -> throw unknown("/Message/Header/CollectionDetails", "");
              }
            }
          }
          case "Source" -> {
            while (nextChild("/Message/Header/Source", "")) {
              switch (r.getLocalName()) {
                case "SourceLevel" -> sourceLevel = text();
                case "LEA" -> lea = text();
                case "SoftwareCode" -> software = text();
                case "Release" -> release = text();
                case "SerialNo" -> serial = text();
                case "DateTime" -> dateTime = dateTime("/Message/Header/Source/DateTime");
                default -> throw unknown("/Message/Header/Source", "");
              }
            }
          }
          default -> throw unknown("/Message/Header", "");
        }
      }
      if (year == null) {
        throw schema("/Message/Header/CollectionDetails/Year", "Year", "The collection year is missing from the header");
      }
      if (lea == null || !lea.matches("\\d{3}")) {
        throw schema("/Message/Header/Source/LEA", "LEA", "The LEA must be the LA's three-digit code");
      }
      return new CinHeader(collection, year, referenceDate, sourceLevel, lea, software, release, serial, dateTime);
    }

    private void children() throws XMLStreamException {
      while (nextChild("/Message/Children", "")) {
        if (!"Child".equals(r.getLocalName())) {
          throw unknown("/Message/Children", "");
        }
        childCount++;
        CinChild child = child("/Message/Children/Child[" + childCount + "]");
        for (ChildVisitor v : visitors) {
          v.visit(child);
        }
      }
    }

    private CinChild child(String path) throws XMLStreamException {
      int line = r.getLocation().getLineNumber();
      String laChildId = null;
      String upn = null;
      String formerUpn = null;
      String upnUnknown = null;
      LocalDate birth = null;
      LocalDate expected = null;
      String sexCode = null;
      LocalDate death = null;
      String ethnicity = null;
      List<String> disabilities = new ArrayList<>(2);
      List<CinDetails> episodes = new ArrayList<>(2);
      String sexElement = genderCurrent ? "GenderCurrent" : "Sex";
      while (nextChild(path, "")) {
        switch (r.getLocalName()) {
          case "ChildIdentifiers" -> {
            String p = path + "/ChildIdentifiers/";
            while (nextChild(path, "/ChildIdentifiers")) {
              String name = r.getLocalName();
              switch (name) {
                case "LAchildID" -> laChildId = text();
                case "UPN" -> upn = text();
                case "FormerUPN" -> formerUpn = text();
                case "UPNunknown" -> upnUnknown = text();
                case "PersonBirthDate" -> birth = date(() -> p + name);
                case "ExpectedPersonBirthDate" -> expected = date(() -> p + name);
                case "PersonDeathDate" -> death = date(() -> p + name);
                default -> {
                  if (name.equals(sexElement)) {
                    sexCode = text();
                  } else if (SEX_ELEMENTS.contains(name)) {
                    skip(); // the other schema year's sex element: no sex recorded (rule 4180)
                  } else {
                    throw unknown(path, "/ChildIdentifiers");
                  }
                }
              }
            }
          }
          case "ChildCharacteristics" -> {
            while (nextChild(path, "/ChildCharacteristics")) {
              switch (r.getLocalName()) {
                case "Ethnicity" -> ethnicity = text();
                case "Disabilities" -> {
                  while (nextChild(path, "/ChildCharacteristics/Disabilities")) {
                    if ("Disability".equals(r.getLocalName())) {
                      disabilities.add(text());
                    } else {
                      throw unknown(path, "/ChildCharacteristics/Disabilities");
                    }
                  }
                }
                default -> throw unknown(path, "/ChildCharacteristics");
              }
            }
          }
          case "CINdetails" -> episodes.add(cinDetails(path + "/CINdetails[" + (episodes.size() + 1) + "]", episodes.size() + 1));
          default -> throw unknown(path, "");
        }
      }
      return new CinChild(
          laChildId, upn, formerUpn, upnUnknown, birth, expected, sexCode, Sex.normalise(sexElement, sexCode), death, ethnicity, disabilities, episodes, line);
    }

    private CinDetails cinDetails(String path, int index) throws XMLStreamException {
      LocalDate referral = null;
      String source = null;
      String need = null;
      LocalDate closure = null;
      String reason = null;
      LocalDate icpc = null;
      String nfa = null;
      List<Assessment> assessments = new ArrayList<>(1);
      List<CinPlanDates> plans = new ArrayList<>(1);
      List<Section47> s47s = new ArrayList<>(1);
      List<ChildProtectionPlan> cpps = new ArrayList<>(1);
      while (nextChild(path, "")) {
        String name = r.getLocalName();
        java.util.function.Supplier<String> p = () -> path + "/" + name;
        switch (name) {
          case "CINreferralDate" -> referral = date(p);
          case "ReferralSource" -> source = text();
          case "PrimaryNeedCode" -> need = text();
          case "CINclosureDate" -> closure = date(p);
          case "ReasonForClosure" -> reason = text();
          case "DateOfInitialCPC" -> icpc = date(p);
          case "ReferralNFA" -> nfa = text();
          case "Assessments" -> assessments.add(assessment(p.get() + "[" + (assessments.size() + 1) + "]"));
          case "CINPlanDates" -> plans.add(cinPlan(p.get() + "[" + (plans.size() + 1) + "]"));
          case "Section47" -> s47s.add(section47(p.get() + "[" + (s47s.size() + 1) + "]"));
          case "ChildProtectionPlans" -> cpps.add(cpp(p.get() + "[" + (cpps.size() + 1) + "]"));
          default -> throw unknown(path, "");
        }
      }
      return new CinDetails(referral, source, need, closure, reason, icpc, nfa, YesNo.parse(nfa), assessments, plans, s47s, cpps, index);
    }

    private Assessment assessment(String path) throws XMLStreamException {
      LocalDate start = null;
      LocalDate review = null;
      LocalDate auth = null;
      List<String> factors = new ArrayList<>(4);
      while (nextChild(path, "")) {
        String name = r.getLocalName();
        switch (name) {
          case "AssessmentActualStartDate" -> start = date(() -> path + "/" + name);
          case "AssessmentInternalReviewDate" -> review = date(() -> path + "/" + name);
          case "AssessmentAuthorisationDate" -> auth = date(() -> path + "/" + name);
          case "FactorsIdentifiedAtAssessment" -> {
            while (nextChild(path, "/FactorsIdentifiedAtAssessment")) {
              if ("AssessmentFactors".equals(r.getLocalName())) {
                factors.add(text()); // null when empty: kept, as for Disability and CPPreviewDate
              } else {
                throw unknown(path, "/FactorsIdentifiedAtAssessment");
              }
            }
          }
          default -> throw unknown(path, "");
        }
      }
      return new Assessment(start, review, auth, factors);
    }

    private CinPlanDates cinPlan(String path) throws XMLStreamException {
      LocalDate start = null;
      LocalDate end = null;
      while (nextChild(path, "")) {
        String name = r.getLocalName();
        switch (name) {
          case "CINPlanStartDate" -> start = date(() -> path + "/" + name);
          case "CINPlanEndDate" -> end = date(() -> path + "/" + name);
          default -> throw unknown(path, "");
        }
      }
      return new CinPlanDates(start, end);
    }

    private Section47 section47(String path) throws XMLStreamException {
      LocalDate start = null;
      LocalDate target = null;
      LocalDate icpc = null;
      String notRequired = null;
      while (nextChild(path, "")) {
        String name = r.getLocalName();
        switch (name) {
          case "S47ActualStartDate" -> start = date(() -> path + "/" + name);
          case "InitialCPCtarget" -> target = date(() -> path + "/" + name);
          case "DateOfInitialCPC" -> icpc = date(() -> path + "/" + name);
          case "ICPCnotRequired" -> notRequired = text();
          default -> throw unknown(path, "");
        }
      }
      return new Section47(start, target, icpc, notRequired, YesNo.parse(notRequired));
    }

    private ChildProtectionPlan cpp(String path) throws XMLStreamException {
      LocalDate start = null;
      LocalDate end = null;
      String initial = null;
      String latest = null;
      Integer previous = null;
      List<LocalDate> reviews = new ArrayList<>(4);
      while (nextChild(path, "")) {
        String name = r.getLocalName();
        switch (name) {
          case "CPPstartDate" -> start = date(() -> path + "/" + name);
          case "CPPendDate" -> end = date(() -> path + "/" + name);
          case "InitialCategoryOfAbuse" -> initial = text();
          case "LatestCategoryOfAbuse" -> latest = text();
          case "NumberOfPreviousCPP" -> previous = integer(path + "/" + name, "xs:integer");
          case "Reviews" -> {
            int i = 0;
            while (nextChild(path, "/Reviews")) {
              if ("CPPreviewDate".equals(r.getLocalName())) {
                i++;
                int n = i;
                reviews.add(date(() -> path + "/Reviews/CPPreviewDate[" + n + "]"));
              } else {
                throw unknown(path, "/Reviews");
              }
            }
          }
          default -> throw unknown(path, "");
        }
      }
      return new ChildProtectionPlan(start, end, initial, latest, previous, reviews);
    }

    /**
     * Moves to the next child element of the current element ({@code base + leaf}, joined only
     * for an error message); false at its end tag. An element in any namespace is refused: the
     * CIN schemas have no target namespace and no wildcard, so e.g. {@code xi:include} is foreign.
     */
    private boolean nextChild(String base, String leaf) throws XMLStreamException {
      while (true) {
        int e = r.next();
        switch (e) {
          case XMLStreamConstants.START_ELEMENT:
            if (!noNamespace(r.getNamespaceURI())) {
              throw unknown(base, leaf);
            }
            return true;
          case XMLStreamConstants.END_ELEMENT:
          case XMLStreamConstants.END_DOCUMENT:
            return false;
          case XMLStreamConstants.DTD:
          case XMLStreamConstants.ENTITY_REFERENCE:
          case XMLStreamConstants.ENTITY_DECLARATION:
            throw forbidden();
          default:
            // whitespace, comments, processing instructions, stray text: ignored
        }
      }
    }

    private static boolean noNamespace(String uri) {
      return uri == null || uri.isEmpty();
    }

    /** The element at the reader is not one the CIN schemas allow inside {@code base + leaf}. */
    private CinParseException unknown(String base, String leaf) {
      Location l = r.getLocation();
      String prefix = r.getPrefix();
      String name = abbreviate((prefix == null || prefix.isEmpty() ? "" : prefix + ":") + r.getLocalName());
      String where = base + leaf;
      String namespace = noNamespace(r.getNamespaceURI()) ? "" : " (namespace " + abbreviate(r.getNamespaceURI()) + ")";
      return new CinParseException(CinParseException.Kind.SCHEMA, "UnknownElement", where + "/" + name, l.getLineNumber(), l.getColumnNumber(),
          "Element " + name + namespace + " is not allowed in " + where + " by the CIN census schema (line " + l.getLineNumber() + ", column " + l.getColumnNumber() + ")");
    }

    private static String abbreviate(String s) {
      return s.length() <= 64 ? s : s.substring(0, 64) + "...";
    }

    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (e == XMLStreamConstants.ENTITY_REFERENCE || e == XMLStreamConstants.DTD) {
          throw forbidden();
        }
      }
    }

    /** The trimmed text of a leaf element, null when empty. */
    private String text() throws XMLStreamException {
      StringBuilder sb = null;
      String single = null;
      while (true) {
        int e = r.next();
        switch (e) {
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (single == null && sb == null) {
              single = r.getText();
            } else {
              if (sb == null) {
                sb = new StringBuilder(single);
              }
              sb.append(r.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            String s = sb != null ? sb.toString() : single;
            if (s == null) {
              return null;
            }
            s = s.strip();
            return s.isEmpty() ? null : s;
          }
          case XMLStreamConstants.START_ELEMENT -> {
            Location l = r.getLocation();
            throw new CinParseException(CinParseException.Kind.SCHEMA, "SimpleContent", "line " + l.getLineNumber(), l.getLineNumber(), l.getColumnNumber(),
                "Element " + r.getLocalName() + " is not allowed inside a simple value (line " + l.getLineNumber() + ", column " + l.getColumnNumber() + ")");
          }
          case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD -> throw forbidden();
          default -> {
            // comments, processing instructions
          }
        }
      }
    }

    private LocalDate date(String path) throws XMLStreamException {
      return date(() -> path);
    }

    private LocalDate date(java.util.function.Supplier<String> path) throws XMLStreamException {
      String s = text();
      if (s == null) {
        return null;
      }
      try {
        return isoDate(s);
      } catch (java.time.DateTimeException e) {
        throw typed(path.get(), "xs:date", r.getLocation(), "is not a date (YYYY-MM-DD)");
      }
    }

    /** YYYY-MM-DD on a fast path; other xs:date forms (with a zone) through the ISO formatter. */
    private static LocalDate isoDate(String s) {
      if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y >= 0 && m >= 0 && d >= 0) {
          return LocalDate.of(y, m, d);
        }
      }
      return LocalDate.from(DateTimeFormatter.ISO_DATE.parse(s));
    }

    private static int digits(String s, int from, int to) {
      int v = 0;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }

    private LocalDateTime dateTime(String path) throws XMLStreamException {
      String s = text();
      if (s == null) {
        return null;
      }
      try {
        return LocalDateTime.from(DateTimeFormatter.ISO_DATE_TIME.parse(s));
      } catch (DateTimeParseException e) {
        throw typed(path, "xs:dateTime", r.getLocation(), "is not a date and time");
      }
    }

    private Integer integer(String path, String type) throws XMLStreamException {
      String s = text();
      if (s == null) {
        return null;
      }
      try {
        return Integer.valueOf(s);
      } catch (NumberFormatException e) {
        throw typed(path, type, r.getLocation(), "is not a whole number");
      }
    }

    private CinParseException typed(String path, String type, Location at, String what) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      String msg = name + " " + what + " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
      return new CinParseException(CinParseException.Kind.SCHEMA, type, path, at.getLineNumber(), at.getColumnNumber(), msg);
    }

    private CinParseException schema(String path, String rule, String message) {
      Location l = r.getLocation();
      return new CinParseException(CinParseException.Kind.SCHEMA, rule, path, l.getLineNumber(), l.getColumnNumber(), message + " (line " + l.getLineNumber() + ", column " + l.getColumnNumber() + ")");
    }

    private CinParseException forbidden() {
      Location l = r.getLocation();
      return new CinParseException(CinParseException.Kind.FORBIDDEN_CONSTRUCT, "NoDtdOrEntities", "line " + l.getLineNumber() + ", column " + l.getColumnNumber(),
          l.getLineNumber(), l.getColumnNumber(), "DTDs and entity references are not allowed (line " + l.getLineNumber() + ", column " + l.getColumnNumber() + ")");
    }
  }
}
