package uk.gov.safeguarding.synthetic;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.gov.safeguarding.reference.period.CollectionYear;
import uk.gov.safeguarding.synthetic.CinSimulator.Assessment;
import uk.gov.safeguarding.synthetic.CinSimulator.Child;
import uk.gov.safeguarding.synthetic.CinSimulator.CinPlan;
import uk.gov.safeguarding.synthetic.CinSimulator.Episode;
import uk.gov.safeguarding.synthetic.CinSimulator.Plan;
import uk.gov.safeguarding.synthetic.CinSimulator.S47;

/**
 * Writes an LA's CIN census return for one collection year (2024/25 layout with {@code Sex}; up to
 * 2023/24 {@code GenderCurrent}) as the
 * LA would know it on the reference date, 31 March: the episodes open at some time in the year,
 * with the modules the census asks for (assessments completed in the year or open, S47s with an
 * ICPC in the year or still open, plans and CIN plans open in the year), and nothing dated after
 * the reference date. StAX writes the XML.
 */
public final class CinReturnWriter {
  private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

  /** The snapshot of an episode on the reference date, or null when it is not in this return. */
  public record Snapshot(LocalDate periodStart, LocalDate referenceDate) {
    static Snapshot of(int collectionYear) {
      CollectionYear year = CollectionYear.of(collectionYear);
      return new Snapshot(year.start(), year.censusDate());
    }

    boolean known(LocalDate d) {
      return d != null && !d.isAfter(referenceDate);
    }

    boolean inYear(LocalDate d) {
      return d != null && !d.isBefore(periodStart) && !d.isAfter(referenceDate);
    }

    boolean includes(Episode e) {
      return known(e.referral) && (!known(e.closure) || !e.closure.isBefore(periodStart));
    }

    boolean includes(Assessment a) {
      return known(a.start()) && (!known(a.authorisation()) || inYear(a.authorisation()));
    }

    boolean includes(S47 s) {
      if (!known(s.start())) {
        return false;
      }
      if (known(s.icpc())) {
        return inYear(s.icpc());
      }
      return inYear(s.start());
    }

    boolean includes(Plan p) {
      return known(p.start()) && (!known(p.end()) || inYear(p.end()));
    }

    boolean includes(CinPlan p) {
      return known(p.start()) && (!known(p.end()) || inYear(p.end()));
    }

    boolean includes(Child c) {
      return c.episodes.stream().anyMatch(this::includes);
    }
  }

  public int write(String la, int collectionYear, List<Child> children, OutputStream out) {
    Snapshot snap = Snapshot.of(collectionYear);
    int written = 0;
    try {
      XMLStreamWriter w = factory.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      nl(w, 0);
      w.writeStartElement("Message");
      nl(w, 1);
      w.writeStartElement("Header");
      nl(w, 2);
      w.writeStartElement("CollectionDetails");
      leaf(w, 3, "Collection", "CIN");
      leaf(w, 3, "Year", String.valueOf(collectionYear));
      leaf(w, 3, "ReferenceDate", snap.referenceDate().toString());
      nl(w, 2);
      w.writeEndElement();
      nl(w, 2);
      w.writeStartElement("Source");
      leaf(w, 3, "SourceLevel", "L");
      leaf(w, 3, "LEA", la);
      leaf(w, 3, "SoftwareCode", "SYNTHETIC");
      leaf(w, 3, "Release", "synthetic-data 1.0");
      leaf(w, 3, "SerialNo", "001");
      leaf(w, 3, "DateTime", snap.referenceDate() + "T12:00:00");
      nl(w, 2);
      w.writeEndElement();
      nl(w, 1);
      w.writeEndElement();
      nl(w, 1);
      w.writeStartElement("Children");
      for (Child c : children) {
        if (!snap.includes(c)) {
          continue;
        }
        written++;
        nl(w, 2);
        w.writeStartElement("Child");
        nl(w, 3);
        w.writeStartElement("ChildIdentifiers");
        leaf(w, 4, "LAchildID", c.id);
        leaf(w, 4, "UPN", c.upn);
        leaf(w, 4, "PersonBirthDate", c.birthDate.toString());
        if (collectionYear <= 2024) {
          // 2023/24 and earlier schemas: GenderCurrent, coded 1 male, 2 female, 0 not known
          leaf(w, 4, "GenderCurrent", genderCurrent(c.sex));
        } else {
          leaf(w, 4, "Sex", c.sex);
        }
        nl(w, 3);
        w.writeEndElement();
        nl(w, 3);
        w.writeStartElement("ChildCharacteristics");
        leaf(w, 4, "Ethnicity", c.ethnicity);
        nl(w, 4);
        w.writeStartElement("Disabilities");
        for (String d : c.disabilities) {
          leaf(w, 5, "Disability", d);
        }
        nl(w, 4);
        w.writeEndElement();
        nl(w, 3);
        w.writeEndElement();
        for (Episode e : c.episodes) {
          if (snap.includes(e)) {
            episode(w, e, snap);
          }
        }
        nl(w, 2);
        w.writeEndElement();
      }
      nl(w, 1);
      w.writeEndElement();
      nl(w, 0);
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return written;
  }

  /**
   * The referral source as the year's code set has it: 5D (LA services, early help) entered the
   * code set in 2022/23, so a 2021/22 return writes such referrals as 5C (LA services, other).
   */
  static String sourceCode(String source, int collectionYear) {
    return collectionYear <= 2022 && "5D".equals(source) ? "5C" : source;
  }

  private void episode(XMLStreamWriter w, Episode e, Snapshot snap) throws XMLStreamException {
    nl(w, 3);
    w.writeStartElement("CINdetails");
    leaf(w, 4, "CINreferralDate", e.referral.toString());
    leaf(w, 4, "ReferralSource", sourceCode(e.source, snap.referenceDate().getYear()));
    if (e.primaryNeed != null) {
      leaf(w, 4, "PrimaryNeedCode", e.primaryNeed);
    }
    if (snap.known(e.closure)) {
      leaf(w, 4, "CINclosureDate", e.closure.toString());
      leaf(w, 4, "ReasonForClosure", e.reason);
    }
    for (Assessment a : e.assessments) {
      if (!snap.includes(a)) {
        continue;
      }
      nl(w, 4);
      w.writeStartElement("Assessments");
      leaf(w, 5, "AssessmentActualStartDate", a.start().toString());
      if (snap.known(a.authorisation())) {
        leaf(w, 5, "AssessmentAuthorisationDate", a.authorisation().toString());
        nl(w, 5);
        w.writeStartElement("FactorsIdentifiedAtAssessment");
        for (String f : a.factors()) {
          leaf(w, 6, "AssessmentFactors", f);
        }
        nl(w, 5);
        w.writeEndElement();
      }
      nl(w, 4);
      w.writeEndElement();
    }
    for (CinPlan p : e.cinPlans) {
      if (!snap.includes(p)) {
        continue;
      }
      nl(w, 4);
      w.writeStartElement("CINPlanDates");
      leaf(w, 5, "CINPlanStartDate", p.start().toString());
      if (snap.known(p.end())) {
        leaf(w, 5, "CINPlanEndDate", p.end().toString());
      }
      nl(w, 4);
      w.writeEndElement();
    }
    for (S47 s : e.s47s) {
      if (!snap.includes(s)) {
        continue;
      }
      nl(w, 4);
      w.writeStartElement("Section47");
      leaf(w, 5, "S47ActualStartDate", s.start().toString());
      if (s.target() != null) {
        leaf(w, 5, "InitialCPCtarget", s.target().toString());
      }
      if (snap.known(s.icpc())) {
        leaf(w, 5, "DateOfInitialCPC", s.icpc().toString());
      }
      leaf(w, 5, "ICPCnotRequired", s.icpcNotRequired() ? "1" : "0");
      nl(w, 4);
      w.writeEndElement();
    }
    leaf(w, 4, "ReferralNFA", e.nfa ? "1" : "0");
    for (Plan p : e.plans) {
      if (!snap.includes(p)) {
        continue;
      }
      nl(w, 4);
      w.writeStartElement("ChildProtectionPlans");
      leaf(w, 5, "CPPstartDate", p.start().toString());
      if (snap.known(p.end())) {
        leaf(w, 5, "CPPendDate", p.end().toString());
      }
      leaf(w, 5, "InitialCategoryOfAbuse", p.category());
      leaf(w, 5, "LatestCategoryOfAbuse", p.category());
      leaf(w, 5, "NumberOfPreviousCPP", String.valueOf(p.previousPlans()));
      List<LocalDate> reviews = p.reviews().stream().filter(snap::known).toList();
      if (!reviews.isEmpty()) {
        nl(w, 5);
        w.writeStartElement("Reviews");
        for (LocalDate r : reviews) {
          leaf(w, 6, "CPPreviewDate", r.toString());
        }
        nl(w, 5);
        w.writeEndElement();
      }
      nl(w, 4);
      w.writeEndElement();
    }
    nl(w, 3);
    w.writeEndElement();
  }

  private static void leaf(XMLStreamWriter w, int depth, String name, String value) throws XMLStreamException {
    nl(w, depth);
    w.writeStartElement(name);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** The 2023/24 {@code GenderCurrent} code of a {@code Sex} code (M, F, U). */
  static String genderCurrent(String sex) {
    return switch (sex) {
      case "M" -> "1";
      case "F" -> "2";
      default -> "0";
    };
  }
}
