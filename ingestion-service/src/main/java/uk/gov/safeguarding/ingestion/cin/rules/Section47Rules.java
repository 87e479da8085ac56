package uk.gov.safeguarding.ingestion.cin.rules;

import static uk.gov.safeguarding.ingestion.cin.rules.ChildIdentifierRules.p;
import static uk.gov.safeguarding.ingestion.cin.rules.CinRule.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.safeguarding.ingestion.cin.model.CinChild;
import uk.gov.safeguarding.ingestion.cin.model.CinDetails;
import uk.gov.safeguarding.ingestion.cin.model.Section47;
import uk.gov.safeguarding.reference.calendar.WorkingDays;

/**
 * Section47 module and initial child protection conferences (ICPC). A S47 enquiry is completed
 * by its ICPC date or by ICPCnotRequired; an ICPC can also be recorded at CINdetails level.
 */
final class Section47Rules {
  private Section47Rules() {}

  static List<CinRule> rules() {
    return List.of(
        // Section47 module (DfE list): the S47 enquiry's conference, not the CINdetails-level one.
        each("1104", (s, path, d, c, x, f) -> {
          if (D.before(s.dateOfInitialCpc(), d.cinReferralDate())) {
            f.flag(path, "DateOfInitialCPC", s.dateOfInitialCpc());
          }
        }),
        // The same conference recorded at both levels of one episode.
        // The same conference recorded at both levels of one episode: reported on the S47 enquiry
        // (the rule's module) whose DateOfInitialCPC repeats the episode's.
        each("2884", (s, path, d, c, x, f) -> {
          if (d.dateOfInitialCpc() != null && d.dateOfInitialCpc().equals(s.dateOfInitialCpc())) {
            f.flag(path, "DateOfInitialCPC", s.dateOfInitialCpc());
          }
        }),
        each("2889", (s, path, d, c, x, f) -> {
          if (D.before(s.actualStartDate(), d.cinReferralDate())) {
            f.flag(path, "S47ActualStartDate", s.actualStartDate());
          }
        }),
        each("8615", (s, path, d, c, x, f) -> {
          if (s.actualStartDate() == null || D.after(s.actualStartDate(), s.dateOfInitialCpc())) {
            f.flag(path, "S47ActualStartDate", s.actualStartDate());
          }
        }),
        each("8675Q", (s, path, d, c, x, f) -> {
          if (s.dateOfInitialCpc() == null && !Boolean.TRUE.equals(s.icpcNotRequired())
              && D.before(s.actualStartDate(), x.workingDays().minus(x.referenceDate(), 15))) {
            f.flag(path, "S47ActualStartDate", s.actualStartDate());
          }
        }),
        // Section47 module only (DfE list): an open episode that started years ago legitimately
        // carries an old CINdetails-level DateOfInitialCPC (issue 13).
        each("8715", (s, path, d, c, x, f) -> {
          if (s.dateOfInitialCpc() != null && !x.inPeriod(s.dateOfInitialCpc())) {
            f.flag(path, "DateOfInitialCPC", s.dateOfInitialCpc());
          }
        }),
        each("8740", (s, path, d, c, x, f) -> {
          if (open(s) && s.actualStartDate() != null && !x.inPeriod(s.actualStartDate())) {
            f.flag(path, "S47ActualStartDate", s.actualStartDate());
          }
        }),
        // Reported on each of the episode's open enquiries (the rule's module, as the DfE list has it).
        CinDetailsRules.episode("8839", (d, c, x, f) -> {
          if (d.section47s().stream().filter(Section47Rules::open).count() > 1) {
            for (int i = 0; i < d.section47s().size(); i++) {
              if (open(d.section47s().get(i))) {
                f.flag(s47(d, i), "DateOfInitialCPC", null);
              }
            }
          }
        }),
        each("8870Q", (s, path, d, c, x, f) -> {
          if (s.initialCpcTarget() != null && WorkingDays.isWeekend(s.initialCpcTarget())) {
            f.flag(path, "InitialCPCtarget", s.initialCpcTarget());
          }
        }),
        // Section47 module only (DfE list), like 8715.
        each("8875", (s, path, d, c, x, f) -> {
          if (s.dateOfInitialCpc() != null && WorkingDays.isWeekend(s.dateOfInitialCpc())) {
            f.flag(path, "DateOfInitialCPC", s.dateOfInitialCpc());
          }
        }),
        // A S47 enquiry starts while another of the child's is ongoing: started and not yet
        // ended by its ICPC (or, with neither ICPC nor ICPCnotRequired, still open).
        child("8890", (c, x, f) -> {
          List<Section47> all = new ArrayList<>();
          List<String> paths = new ArrayList<>();
          for (CinDetails d : c.cinDetails()) {
            for (int i = 0; i < d.section47s().size(); i++) {
              all.add(d.section47s().get(i));
              paths.add(s47(d, i));
            }
          }
          for (int j = 0; j < all.size(); j++) {
            Section47 b = all.get(j);
            for (int i = 0; i < all.size(); i++) {
              Section47 a = all.get(i);
              boolean ongoing = a.dateOfInitialCpc() != null || open(a);
              if (i != j && ongoing && D.strictlyWithin(b.actualStartDate(), a.actualStartDate(), a.dateOfInitialCpc())) {
                f.flag(paths.get(j), "S47ActualStartDate", b.actualStartDate());
                break;
              }
            }
          }
        }));
  }

  /** Not completed: no ICPC date and ICPC not flagged as not required. */
  static boolean open(Section47 s) {
    return s.dateOfInitialCpc() == null && !Boolean.TRUE.equals(s.icpcNotRequired());
  }

  static String s47(CinDetails d, int i) {
    return p(d) + "/Section47[" + (i + 1) + "]";
  }

  @FunctionalInterface
  interface S47Check {
    void check(Section47 s, String path, CinDetails d, CinChild c, RuleContext x, Flags f);
  }

  private static CinRule each(String code, S47Check check) {
    return child(code, (c, x, f) -> {
      for (CinDetails d : c.cinDetails()) {
        for (int i = 0; i < d.section47s().size(); i++) {
          check.check(d.section47s().get(i), s47(d, i), d, c, x, f);
        }
      }
    });
  }
}
