package uk.gov.safeguarding.synthetic;

import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.gov.safeguarding.reference.period.CollectionYear;

/**
 * CIN census returns as messy as real LA extracts, for robustness tests and benchmarks: every
 * child has every module (identifiers, characteristics with disabilities, CIN details with
 * assessments and their factors, CIN plans, section 47 enquiries, child protection plans with
 * reviews), and every element, required or optional, is independently present, absent or present
 * but empty. Values are valid codes mostly, invalid ones sometimes; dates sit on the boundaries
 * rules care about: the census start and end and the days either side, weekends, bank holidays,
 * a birth after the referral, 25-year-olds, expected births at the edges of their range.
 *
 * <p>Every decision is drawn from a {@link Choices}: a seeded random for big files, or a list of
 * numbers from a property-based test, where shrinking the list towards zeros shrinks the return
 * towards "everything present, first value" (choice 0 is always the plain case).
 *
 * <p>Elements follow the XSD sequence of the collection year; up to 2023/24 the sex element is
 * {@code GenderCurrent} (codes 0, 1, 2, 9), from 2024/25 {@code Sex} (M, F, U).
 */
public final class FullModuleReturn {
  /** The source of every decision: {@code next(n)} answers 0 to n - 1. */
  @FunctionalInterface
  public interface Choices {
    int next(int bound);

    /** A seeded pseudo-random source (the same seed, the same return). */
    static Choices random(long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      return r::nextInt;
    }

    /** The given numbers in turn, each modulo the bound; 0 once they run out. */
    static Choices of(List<Integer> values) {
      int[] i = {0};
      return bound -> i[0] < values.size() ? Math.floorMod(values.get(i[0]++), bound) : 0;
    }
  }

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private static final String[] REFERRAL_SOURCES = {"1A", "2A", "3A", "5D", "6", "10", "99"};
  private static final String[] PRIMARY_NEEDS = {"N1", "N0", "N9", "N10"};
  private static final String[] REASONS = {"RC1", "RC2", "RC8", "RC9", "RC0"};
  private static final String[] CATEGORIES = {"NEG", "PHY", "SAB", "EMO", "MUL", "XXX"};
  private static final String[] ETHNICITIES = {"WBRI", "MOTH", "NOBT", "XXXX"};
  private static final String[] DISABILITIES = {"NONE", "MOB", "HAND", "AUT", "XYZ"};
  private static final String[] FACTORS = {"2A", "3A", "21", "18A", "19B", "4A"};
  private static final String[] UPN_UNKNOWN = {"UN1", "UN2", "UN5", "UN7", "UN9"};
  private static final String[] YES_NO = {"0", "1", "true", "false", "maybe"};
  private static final String[] SEX = {"M", "F", "U", "X"};
  private static final String[] GENDER_CURRENT = {"1", "2", "0", "9", "M"};

  private final String lea;
  private final int year;
  private final Choices c;
  private final List<LocalDate> boundaries;
  private XMLStreamWriter w;

  private FullModuleReturn(String lea, int collectionYear, Choices choices) {
    this.lea = lea;
    this.year = collectionYear;
    this.c = choices;
    this.boundaries = boundaries(collectionYear);
  }

  /**
   * Writes a return of {@code children} children for an LA (old three-digit code) and collection
   * year (the year it ends, 2024 for 2023/24). Children are numbered, so LAchildIDs are unique
   * where present.
   */
  public static void write(String lea, int collectionYear, int children, Choices choices, OutputStream out) {
    new FullModuleReturn(lea, collectionYear, choices).write(children, out);
  }

  /**
   * The dates rules turn on, for a collection year: the census start and end and the days either
   * side of each, the first weekend of the year, the year's bank holidays (Christmas, Boxing Day,
   * New Year's Day, the May and August Mondays, Good Friday and Easter Monday), and a plain
   * weekday; the first is that plain weekday.
   */
  public static List<LocalDate> boundaries(int collectionYear) {
    LocalDate start = CollectionYear.of(collectionYear).start();
    LocalDate end = CollectionYear.of(collectionYear).censusDate();
    List<LocalDate> d = new ArrayList<>();
    d.add(LocalDate.of(collectionYear - 1, 10, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)));
    d.add(start);
    d.add(start.minusDays(1));
    d.add(start.plusDays(1));
    d.add(end);
    d.add(end.minusDays(1));
    d.add(end.plusDays(1));
    d.add(start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)));
    d.add(start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
    d.add(LocalDate.of(collectionYear - 1, 12, 25));
    d.add(LocalDate.of(collectionYear - 1, 12, 26));
    d.add(LocalDate.of(collectionYear, 1, 1));
    d.add(LocalDate.of(collectionYear - 1, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    d.add(LocalDate.of(collectionYear - 1, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    for (int y : new int[] {collectionYear - 1, collectionYear}) {
      LocalDate easter = easterSunday(y);
      if (!easter.isBefore(start) && !easter.isAfter(end.plusDays(2))) {
        d.add(easter.minusDays(2));
        d.add(easter.plusDays(1));
      }
    }
    return List.copyOf(d);
  }

  /** Easter Sunday (anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int y) {
    int a = y % 19;
    int b = y / 100;
    int cc = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = cc / 4;
    int k = cc % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
  }

  private void write(int children, OutputStream out) {
    try {
      java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
      w = FACTORY.createXMLStreamWriter(buffered, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("Message");
      header();
      w.writeStartElement("Children");
      w.writeCharacters("\n");
      for (int i = 1; i <= children; i++) {
        child(i);
        w.writeCharacters("\n");
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
      buffered.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Could not write the return", e);
    }
  }

  private void header() throws XMLStreamException {
    w.writeStartElement("Header");
    w.writeStartElement("CollectionDetails");
    leaf("Collection", "CIN");
    leaf("Year", Integer.toString(year));
    leaf("ReferenceDate", year + "-03-31");
    w.writeEndElement();
    w.writeStartElement("Source");
    leaf("SourceLevel", "L");
    leaf("LEA", lea);
    leaf("SoftwareCode", "FullModuleReturn");
    leaf("Release", "1");
    leaf("SerialNo", "001");
    leaf("DateTime", year + "-04-10T10:00:00");
    w.writeEndElement();
    w.writeEndElement();
    w.writeCharacters("\n");
  }

  private void child(int n) throws XMLStreamException {
    w.writeStartElement("Child");
    LocalDate referral = pick(boundaries);
    LocalDate birth = birth(referral);
    w.writeStartElement("ChildIdentifiers");
    optional("LAchildID", "C" + n);
    optional("UPN", c.next(4) == 3 ? "A999" + String.format("%09d", n) : Upn.of(lea, n));
    optional("FormerUPN", c.next(2) == 0 ? "A" + String.format("%011d", n) + "A" : Upn.of(lea, 500_000_000L + n));
    optional("UPNunknown", pick(UPN_UNKNOWN));
    optional("PersonBirthDate", birth.toString());
    optional("ExpectedPersonBirthDate", pick(List.of(LocalDate.of(year, 3, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 2, 28), LocalDate.of(year + 1, 1, 1))).toString());
    if (year <= 2024) {
      optional("GenderCurrent", pick(GENDER_CURRENT));
    } else {
      optional("Sex", pick(SEX));
    }
    optional("PersonDeathDate", pick(boundaries).toString());
    w.writeEndElement();
    w.writeStartElement("ChildCharacteristics");
    optional("Ethnicity", pick(ETHNICITIES));
    repeated("Disabilities", "Disability", DISABILITIES);
    w.writeEndElement();
    int episodes = 1 + c.next(2);
    for (int e = 0; e < episodes; e++) {
      episode(e == 0 ? referral : pick(boundaries));
    }
    w.writeEndElement();
  }

  private LocalDate birth(LocalDate referral) {
    return switch (c.next(5)) {
      case 0 -> LocalDate.of(year - 10, 6, 1);
      case 1 -> referral.plusDays(1); // born after the referral
      case 2 -> referral.plusWeeks(41); // more than 40 weeks after the referral
      case 3 -> LocalDate.of(year - 26, 3, 31); // over 25 at the census date
      default -> LocalDate.of(year, 3, 31);
    };
  }

  private void episode(LocalDate referral) throws XMLStreamException {
    w.writeStartElement("CINdetails");
    optional("CINreferralDate", referral.toString());
    optional("ReferralSource", pick(REFERRAL_SOURCES));
    optional("PrimaryNeedCode", pick(PRIMARY_NEEDS));
    optional("CINclosureDate", pick(boundaries).toString());
    optional("ReasonForClosure", pick(REASONS));
    optional("DateOfInitialCPC", pick(List.of(LocalDate.of(year - 6, 6, 1), pick(boundaries))).toString());
    for (int i = modules(); i > 0; i--) {
      w.writeStartElement("Assessments");
      optional("AssessmentActualStartDate", pick(boundaries).toString());
      optional("AssessmentInternalReviewDate", pick(boundaries).toString());
      optional("AssessmentAuthorisationDate", pick(boundaries).toString());
      repeated("FactorsIdentifiedAtAssessment", "AssessmentFactors", FACTORS);
      w.writeEndElement();
    }
    for (int i = modules(); i > 0; i--) {
      w.writeStartElement("CINPlanDates");
      optional("CINPlanStartDate", pick(boundaries).toString());
      optional("CINPlanEndDate", pick(boundaries).toString());
      w.writeEndElement();
    }
    for (int i = modules(); i > 0; i--) {
      w.writeStartElement("Section47");
      optional("S47ActualStartDate", pick(boundaries).toString());
      optional("InitialCPCtarget", pick(boundaries).toString());
      optional("DateOfInitialCPC", pick(boundaries).toString());
      optional("ICPCnotRequired", pick(YES_NO));
      w.writeEndElement();
    }
    optional("ReferralNFA", pick(YES_NO));
    for (int i = modules(); i > 0; i--) {
      w.writeStartElement("ChildProtectionPlans");
      optional("CPPstartDate", pick(boundaries).toString());
      optional("CPPendDate", pick(boundaries).toString());
      optional("InitialCategoryOfAbuse", pick(CATEGORIES));
      optional("LatestCategoryOfAbuse", pick(CATEGORIES));
      optional("NumberOfPreviousCPP", Integer.toString(c.next(3)));
      List<String> reviews = boundaries.stream().map(LocalDate::toString).toList();
      repeated("Reviews", "CPPreviewDate", reviews.toArray(String[]::new));
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  /** How many of a repeatable module an episode has: one (choice 0), two or none. */
  private int modules() {
    return (c.next(3) + 1) % 3;
  }

  /** Present with its value (choice 0), absent, or present but empty ({@code <X></X>} or {@code <X/>}). */
  private void optional(String name, String value) throws XMLStreamException {
    switch (c.next(4)) {
      case 1 -> {
        // absent
      }
      case 2 -> {
        w.writeStartElement(name);
        w.writeCharacters("");
        w.writeEndElement();
      }
      case 3 -> w.writeEmptyElement(name);
      default -> leaf(name, value);
    }
  }

  /** A container of 1 to 3 items (each optional), an empty container, or none. */
  private void repeated(String container, String item, String[] values) throws XMLStreamException {
    switch (c.next(3)) {
      case 1 -> {
        // absent
      }
      case 2 -> {
        w.writeStartElement(container);
        w.writeCharacters("");
        w.writeEndElement();
      }
      default -> {
        w.writeStartElement(container);
        for (int i = 1 + c.next(3); i > 0; i--) {
          optional(item, pick(values));
        }
        w.writeEndElement();
      }
    }
  }

  private void leaf(String name, String value) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  private String pick(String[] values) {
    return values[c.next(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(c.next(values.size()));
  }
}
