package uk.gov.safeguarding.ingestion.cin.rules;

import static uk.gov.safeguarding.ingestion.cin.rules.ChildIdentifierRules.p;
import static uk.gov.safeguarding.ingestion.cin.rules.CinRule.child;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.safeguarding.ingestion.cin.model.Assessment;
import uk.gov.safeguarding.ingestion.cin.model.CinChild;
import uk.gov.safeguarding.ingestion.cin.model.CinDetails;

/** Assessments module. An assessment is completed when it has an AssessmentAuthorisationDate. */
final class AssessmentRules {
  private AssessmentRules() {}

  static List<CinRule> rules() {
    return List.of(
        each("1103", (a, path, d, c, x, f) -> {
          if (D.before(a.actualStartDate(), d.cinReferralDate())) {
            f.flag(path, "AssessmentActualStartDate", a.actualStartDate());
          }
        }),
        each("8608", (a, path, d, c, x, f) -> {
          if (D.after(a.actualStartDate(), a.authorisationDate())) {
            f.flag(path, "AssessmentActualStartDate", a.actualStartDate());
          }
        }),
        each("8614", (a, path, d, c, x, f) -> {
          if (!a.recordedFactors().isEmpty() && a.authorisationDate() == null) {
            f.flag(path, "AssessmentFactors", String.join(" ", a.recordedFactors()));
          }
        }),
        each("8670Q", (a, path, d, c, x, f) -> {
          if (a.authorisationDate() == null && D.before(a.actualStartDate(), x.workingDays().minus(x.referenceDate(), 45))) {
            f.flag(path, "AssessmentActualStartDate", a.actualStartDate());
          }
        }),
        each("8696", (a, path, d, c, x, f) -> {
          if (a.authorisationDate() != null && !x.inPeriod(a.authorisationDate())) {
            f.flag(path, "AssessmentAuthorisationDate", a.authorisationDate());
          }
        }),
        each("8736", (a, path, d, c, x, f) -> {
          if (a.authorisationDate() == null && a.actualStartDate() != null && !x.inPeriod(a.actualStartDate())) {
            f.flag(path, "AssessmentActualStartDate", a.actualStartDate());
          }
        }),
        each("8869", (a, path, d, c, x, f) -> {
          // within one assessment's FactorsIdentifiedAtAssessment (empty elements are no factor)
          if (a.recordedFactors().contains(Codes.NO_FACTORS) && a.recordedFactors().stream().anyMatch(v -> !Codes.NO_FACTORS.equals(v))) {
            f.flag(path, "AssessmentFactors", String.join(" ", a.recordedFactors()));
          }
        }),
        each("8897Q", (a, path, d, c, x, f) -> {
          // DfE: an assessment completed on or after the start of the census year must have one or
          // more factors, of valid codes (an assessment completed before it is last year's).
          if (a.authorisationDate() != null && !a.authorisationDate().isBefore(x.periodStart())
              && a.recordedFactors().stream().noneMatch(v -> Codes.isCode(Codes.ASSESSMENT_FACTOR, v))) {
            f.flag(path, "AssessmentFactors", null);
          }
        }),
        each("8898", (a, path, d, c, x, f) -> {
          Set<String> seen = new HashSet<>();
          for (String v : a.recordedFactors()) {
            if (!seen.add(v)) {
              f.flag(path, "AssessmentFactors", v);
            }
          }
        }),
        each("8945Q", (a, path, d, c, x, f) -> {
          if (a.factors().contains("18A")) {
            f.flag(path, "AssessmentFactors", "18A");
          }
        }),
        each("8950Q", (a, path, d, c, x, f) -> {
          if (a.factors().contains("19A")) {
            f.flag(path, "AssessmentFactors", "19A");
          }
        }),
        // DfE: "When there is only one assessment on the episode and the factors code 21 has been used
        // for the completed assessment, the reason for closure RC8 or RC9 should be used": whether
        // or not the episode is closed yet (an open one has no such reason either).
        CinDetailsRules.episode("8873Q", (d, c, x, f) -> {
          if (d.assessments().size() == 1) {
            Assessment a = d.assessments().get(0);
            if (a.authorisationDate() != null && a.recordedFactors().contains(Codes.NO_FACTORS)
                && !Codes.isCode(Codes.CLOSED_AFTER_ASSESSMENT, d.reasonForClosure())) {
              f.flag(p(d), "ReasonForClosure", d.reasonForClosure());
            }
          }
        }),
        CinDetailsRules.episode("8896", (d, c, x, f) -> {
          long open = d.assessments().stream().filter(a -> a.authorisationDate() == null).count();
          if (open > 1) {
            // reported on each open assessment (the rule's module)
            for (int i = 0; i < d.assessments().size(); i++) {
              if (d.assessments().get(i).authorisationDate() == null) {
                f.flag(p(d) + "/Assessments[" + (i + 1) + "]", "AssessmentAuthorisationDate", null);
              }
            }
          }
        }),
        // Another assessment of the child starts while one is open (started and not yet completed).
        child("8863Q", (c, x, f) -> {
          List<String> paths = new ArrayList<>();
          List<Assessment> all = new ArrayList<>();
          for (CinDetails d : c.cinDetails()) {
            for (int i = 0; i < d.assessments().size(); i++) {
              all.add(d.assessments().get(i));
              paths.add(p(d) + "/Assessments[" + (i + 1) + "]");
            }
          }
          for (int j = 0; j < all.size(); j++) {
            Assessment b = all.get(j);
            for (int i = 0; i < all.size(); i++) {
              Assessment a = all.get(i);
              if (i != j && D.strictlyWithin(b.actualStartDate(), a.actualStartDate(), a.authorisationDate())) {
                f.flag(paths.get(j), "AssessmentActualStartDate", b.actualStartDate());
                break;
              }
            }
          }
        }));
  }

  @FunctionalInterface
  interface AssessmentCheck {
    void check(Assessment a, String path, CinDetails d, CinChild c, RuleContext x, Flags f);
  }

  private static CinRule each(String code, AssessmentCheck check) {
    return child(code, (c, x, f) -> {
      for (CinDetails d : c.cinDetails()) {
        for (int i = 0; i < d.assessments().size(); i++) {
          check.check(d.assessments().get(i), p(d) + "/Assessments[" + (i + 1) + "]", d, c, x, f);
        }
      }
    });
  }
}
