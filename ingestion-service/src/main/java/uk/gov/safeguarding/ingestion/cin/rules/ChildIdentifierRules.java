package uk.gov.safeguarding.ingestion.cin.rules;

import static uk.gov.safeguarding.ingestion.cin.rules.CinRule.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.gov.safeguarding.ingestion.cin.model.CinChild;
import uk.gov.safeguarding.ingestion.cin.model.CinDetails;
import uk.gov.safeguarding.ingestion.cin.model.CinPlanDates;
import uk.gov.safeguarding.ingestion.cin.model.Sex;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/** ChildIdentifiers module: LAchildID, UPN, dates of birth and death, sex. */
final class ChildIdentifierRules {
  private static final String ID = "ChildIdentifiers";
  /** The DfE UPN check-letter alphabet: A-Z without I, O and S (23 letters). */
  static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private static final Pattern UPN_FORMAT = Pattern.compile("[A-Z]\\d{11}[0-9A-Z]");
  private static final Pattern ALNUM = Pattern.compile("[A-Za-z0-9]*");
  private static final Set<String> UPN_LA_CODES =
      AreaRegistry.standard().allAuthorities().stream().map(LocalAuthority::oldCode).filter(java.util.Objects::nonNull).collect(Collectors.toUnmodifiableSet());

  /**
   * Rule 1530's list: "a valid post April 1998 LA code or a recognised pseudo LA code" (DfE), plus
   * 942 and 943 (Cumberland, Westmorland and Furness, from April 2023).
   */
  static final Set<String> DFE_UPN_LA_CODES = codes(
      "001-005", "201-213", "301-320", "330-336", "340-344", "350-359", "370-373", "380-384", "390-394", "420", "660-681", "701-708", "800-803",
      "805-808", "810-813", "815", "816", "820-823", "825", "826", "830", "831", "835-839", "840", "841", "845", "846", "850-852", "855-857",
      "860", "861", "865-896", "908", "909", "916", "919", "921", "925", "926", "928", "929", "931", "933", "935-938", "940-943");

  private static Set<String> codes(String... ranges) {
    Set<String> out = new java.util.TreeSet<>();
    for (String r : ranges) {
      String[] ends = r.split("-");
      int from = Integer.parseInt(ends[0]);
      int to = Integer.parseInt(ends[ends.length - 1]);
      for (int i = from; i <= to; i++) {
        out.add(String.format("%03d", i));
      }
    }
    return Set.copyOf(out);
  }

  private ChildIdentifierRules() {}

  static List<CinRule> rules() {
    return List.of(
        child("1510", (c, x, f) -> {
          // only where a check letter can be computed (characters 2-12 digits, 13 a digit or a check
          // letter): other malformed UPNs are 1540 / 1550 findings, not a wrong check letter
          Character expected = c.upn() == null ? null : checkLetter(c.upn());
          if (expected != null && expected != c.upn().charAt(0)) {
            f.flag(ID, "UPN", c.upn());
          }
        }),
        child("1530", (c, x, f) -> {
          if (c.upn() != null && c.upn().length() >= 4 && !UPN_LA_CODES.contains(c.upn().substring(1, 4)) && !DFE_UPN_LA_CODES.contains(c.upn().substring(1, 4))) {
            f.flag(ID, "UPN", c.upn());
          }
        }),
        child("1540", (c, x, f) -> {
          if (c.upn() != null && (c.upn().length() < 12 || !c.upn().substring(4, 12).chars().allMatch(ch -> ch >= '0' && ch <= '9'))) {
            f.flag(ID, "UPN", c.upn());
          }
        }),
        child("1550", (c, x, f) -> {
          if (c.upn() != null && (c.upn().length() != 13 || !lastCharacterValid(c.upn().charAt(12)))) {
            f.flag(ID, "UPN", c.upn());
          }
        }),
        child("1560Q", (c, x, f) -> {
          if (c.formerUpn() != null && !UPN_FORMAT.matcher(c.formerUpn()).matches()) {
            f.flag(ID, "FormerUPN", c.formerUpn());
          }
        }),
        child("1570", (c, x, f) -> {
          if (c.laChildId() != null && c.laChildId().length() > 20) {
            f.flag(ID, "LAchildID", c.laChildId());
          }
        }),
        child("1580", (c, x, f) -> {
          if (c.laChildId() != null && !ALNUM.matcher(c.laChildId()).matches()) {
            f.flag(ID, "LAchildID", c.laChildId());
          }
        }),
        child("4180", (c, x, f) -> {
          if (c.sex() == null) {
            f.flag(ID, x.collectionYear() <= 2024 ? "GenderCurrent" : "Sex", c.sexCode());
          }
        }),
        child("8500", (c, x, f) -> {
          if (c.laChildId() == null) {
            f.flag(ID, "LAchildID", null);
          }
        }),
        child("8520", (c, x, f) -> {
          if (D.after(c.personBirthDate(), x.periodEnd())) {
            f.flag(ID, "PersonBirthDate", c.personBirthDate());
          }
        }),
        child("8525Q", (c, x, f) -> {
          if ((c.personBirthDate() == null) == (c.expectedPersonBirthDate() == null)) {
            f.flag(ID, "PersonBirthDate", c.personBirthDate());
          }
        }),
        child("8530Q", (c, x, f) -> {
          LocalDate e = c.expectedPersonBirthDate();
          if (e != null && (e.isBefore(LocalDate.of(x.collectionYear(), 3, 1)) || e.isAfter(LocalDate.of(x.collectionYear(), 12, 31)))) {
            f.flag(ID, "ExpectedPersonBirthDate", e);
          }
        }),
        child("8535Q", (c, x, f) -> {
          if (D.before(c.personDeathDate(), c.personBirthDate())) {
            f.flag(ID, "PersonDeathDate", c.personDeathDate());
          }
        }),
        child("8545Q", (c, x, f) -> {
          if (c.personDeathDate() != null && !x.inPeriod(c.personDeathDate())) {
            f.flag(ID, "PersonDeathDate", c.personDeathDate());
          }
        }),
        child("8590", (c, x, f) -> {
          if (c.cinDetails().isEmpty()) {
            f.flag(ID, "LAchildID", c.laChildId());
          }
        }),
        child("8750", (c, x, f) -> {
          if (c.unborn() && c.sex() != Sex.UNKNOWN) {
            f.flag(ID, x.collectionYear() <= 2024 ? "GenderCurrent" : "Sex", c.sexCode());
          }
        }),
        child("8770Q", (c, x, f) -> {
          if (c.upn() == null && schoolAge(c, x) && (c.upnUnknown() == null || "UN1".equals(c.upnUnknown()))) {
            f.flag(ID, "UPNunknown", c.upnUnknown());
          }
        }),
        child("8772", (c, x, f) -> {
          if ("UN7".equals(c.upnUnknown()) && c.cinDetails().stream().anyMatch(d -> Boolean.FALSE.equals(d.referralNfa()))) {
            f.flag(ID, "UPNunknown", c.upnUnknown());
          }
        }),
        child("8775Q", (c, x, f) -> {
          // over 25 (born before the census date minus 25 years) while an episode was open after
          // the 25th birthday (open at the census date, or closed after that birthday)
          LocalDate birth = c.personBirthDate();
          if (birth != null && birth.isBefore(x.referenceDate().minusYears(25))
              && c.cinDetails().stream().anyMatch(d -> d.cinClosureDate() == null || d.cinClosureDate().isAfter(birth.plusYears(25)))) {
            f.flag(ID, "PersonBirthDate", c.personBirthDate());
          }
        }),
        child("8555Q", (c, x, f) -> {
          for (CinDetails d : c.cinDetails()) {
            if (D.after(d.cinReferralDate(), c.personDeathDate())) {
              f.flag(p(d), "CINreferralDate", d.cinReferralDate());
            }
          }
        }),
        child("4008", (c, x, f) -> {
          for (CinDetails d : c.cinDetails()) {
            for (int i = 0; i < d.cinPlanDates().size(); i++) {
              CinPlanDates pl = d.cinPlanDates().get(i);
              if (D.after(pl.startDate(), c.personDeathDate())) {
                f.flag(p(d) + "/CINPlanDates[" + (i + 1) + "]", "CINPlanStartDate", pl.startDate());
              }
            }
          }
        }),
        child("4009Q", (c, x, f) -> {
          for (CinDetails d : c.cinDetails()) {
            for (int i = 0; i < d.cinPlanDates().size(); i++) {
              CinPlanDates pl = d.cinPlanDates().get(i);
              if (D.after(pl.endDate(), c.personDeathDate())) {
                f.flag(p(d) + "/CINPlanDates[" + (i + 1) + "]", "CINPlanEndDate", pl.endDate());
              }
            }
          }
        }));
  }

  static String p(CinDetails d) {
    return "CINdetails[" + d.index() + "]";
  }

  /**
   * Of compulsory school age at the census date, taken as aged 6 to 15: UPN unknown reason UN1
   * is for children under 6 not yet given a UPN.
   */
  static boolean schoolAge(CinChild c, RuleContext x) {
    if (c.personBirthDate() == null) {
      return false;
    }
    int age = Period.between(c.personBirthDate(), x.referenceDate()).getYears();
    return age >= 6 && age <= 15;
  }

  static boolean lastCharacterValid(char ch) {
    return (ch >= '0' && ch <= '9') || CHECK_LETTERS.indexOf(ch) >= 0;
  }

  /**
   * The DfE UPN check letter (character 1): characters 2 to 13 weighted 2 to 13, a letter at
   * character 13 counting as its index in the check alphabet; the sum modulo 23 indexes the
   * check alphabet.
   */
  static boolean checkLetterValid(String upn) {
    Character expected = checkLetter(upn);
    return expected != null && expected == upn.charAt(0);
  }

  static Character checkLetter(String upn) {
    if (upn.length() != 13) {
      return null;
    }
    int sum = 0;
    for (int i = 1; i < 13; i++) {
      char ch = upn.charAt(i);
      int v;
      if (ch >= '0' && ch <= '9') {
        v = ch - '0';
      } else if (i == 12 && CHECK_LETTERS.indexOf(ch) >= 0) {
        v = CHECK_LETTERS.indexOf(ch);
      } else {
        return null;
      }
      sum += v * (i + 1);
    }
    return CHECK_LETTERS.charAt(sum % 23);
  }
}
