package uk.gov.safeguarding.ingestion.cin.rules;

import static uk.gov.safeguarding.ingestion.cin.rules.ChildIdentifierRules.p;
import static uk.gov.safeguarding.ingestion.cin.rules.CinRule.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.gov.safeguarding.ingestion.cin.model.Assessment;
import uk.gov.safeguarding.ingestion.cin.model.CinDetails;
import uk.gov.safeguarding.ingestion.cin.model.CinPlanDates;
import uk.gov.safeguarding.ingestion.cin.model.Section47;

/** CINdetails module: referral, closure, NFA and what an episode may hold. */
final class CinDetailsRules {
  private CinDetailsRules() {}

  static List<CinRule> rules() {
    return List.of(
        episode("8568", (d, c, x, f) -> {
          if (d.referralNfa() == null) {
            f.flag(p(d), "ReferralNFA", d.referralNfaRaw());
          }
        }),
        // NFA is for referrals of this year; one open since before the period (allowing one
        // working day before 1 April) cannot be a no-further-action referral.
        episode("8569Q", (d, c, x, f) -> {
          if (d.nfa() && D.before(d.cinReferralDate(), x.workingDays().minus(x.periodStart(), 1))) {
            f.flag(p(d), "ReferralNFA", d.referralNfaRaw());
          }
        }),
        episode("8600", (d, c, x, f) -> {
          if (d.cinReferralDate() == null || d.cinReferralDate().isAfter(x.periodEnd())) {
            f.flag(p(d), "CINreferralDate", d.cinReferralDate());
          }
        }),
        episode("8606", (d, c, x, f) -> {
          // "more than 40 weeks before DOB or expected DOB": each date that is recorded is checked
          if (D.before(d.cinReferralDate(), minus40Weeks(c.personBirthDate())) || D.before(d.cinReferralDate(), minus40Weeks(c.expectedPersonBirthDate()))) {
            f.flag(p(d), "CINreferralDate", d.cinReferralDate());
          }
        }),
        episode("8610", (d, c, x, f) -> {
          if (Boolean.FALSE.equals(d.referralNfa()) && d.primaryNeedCode() == null) {
            f.flag(p(d), "PrimaryNeedCode", null);
          }
        }),
        episode("8620", (d, c, x, f) -> {
          if (d.cinClosureDate() != null && !x.inPeriod(d.cinClosureDate())) {
            f.flag(p(d), "CINclosureDate", d.cinClosureDate());
          }
        }),
        episode("8630", (d, c, x, f) -> {
          if (D.before(d.cinClosureDate(), d.cinReferralDate())) {
            f.flag(p(d), "CINclosureDate", d.cinClosureDate());
          }
        }),
        episode("8640", (d, c, x, f) -> {
          if (d.reasonForClosure() != null && !Codes.isCode(Codes.reasonsForClosure(x.collectionYear()), d.reasonForClosure())) {
            f.flag(p(d), "ReasonForClosure", d.reasonForClosure());
          }
        }),
        episode("8650", (d, c, x, f) -> {
          if (d.primaryNeedCode() != null && !Codes.isCode(Codes.PRIMARY_NEED, d.primaryNeedCode())) {
            f.flag(p(d), "PrimaryNeedCode", d.primaryNeedCode());
          }
        }),
        episode("8805", (d, c, x, f) -> {
          if (d.cinClosureDate() != null && d.reasonForClosure() == null) {
            f.flag(p(d), "ReasonForClosure", null);
          }
        }),
        episode("8810", (d, c, x, f) -> {
          if (d.reasonForClosure() != null && d.cinClosureDate() == null) {
            f.flag(p(d), "CINclosureDate", null);
          }
        }),
        episode("8866", (d, c, x, f) -> {
          if (!Codes.isCode(Codes.referralSources(x.collectionYear()), d.referralSource())) {
            f.flag(p(d), "ReferralSource", d.referralSource());
          }
        }),
        episode("8585Q", (d, c, x, f) -> {
          if (Codes.DIED.equals(d.reasonForClosure()) && c.personDeathDate() == null) {
            f.flag(p(d), "ReasonForClosure", d.reasonForClosure());
          }
        }),
        // Closed after assessment (RC8/RC9): nothing beyond the assessment may follow.
        episode("2990", (d, c, x, f) -> {
          if (Codes.isCode(Codes.CLOSED_AFTER_ASSESSMENT, d.reasonForClosure())
              && (!d.cinPlanDates().isEmpty() || !d.section47s().isEmpty() || !d.childProtectionPlans().isEmpty() || d.dateOfInitialCpc() != null)) {
            f.flag(p(d), "ReasonForClosure", d.reasonForClosure());
          }
        }),
        episode("2991Q", (d, c, x, f) -> {
          if (!d.section47s().isEmpty() && d.assessments().isEmpty()) {
            f.flag(p(d), "Section47", null);
          }
        }),
        episode("8825Q", (d, c, x, f) -> {
          if (Codes.isCode(Codes.CLOSED_AFTER_ASSESSMENT, d.reasonForClosure()) && d.assessments().isEmpty()) {
            f.flag(p(d), "ReasonForClosure", d.reasonForClosure());
          }
        }),
        episode("8831", (d, c, x, f) -> {
          // activity = one of the rule's items recorded: an assessment's start or authorisation, a
          // S47's start, an initial conference (either level); an empty module is no activity
          boolean activity = d.dateOfInitialCpc() != null
              || d.assessments().stream().anyMatch(a -> a.actualStartDate() != null || a.authorisationDate() != null)
              || d.section47s().stream().anyMatch(s -> s.actualStartDate() != null || s.dateOfInitialCpc() != null);
          if (d.nfa() && activity) {
            f.flag(p(d), "ReferralNFA", d.referralNfaRaw());
          }
        }),
        episode("8565", (d, c, x, f) -> {
          LocalDate closed = d.cinClosureDate();
          if (closed == null) {
            return;
          }
          check(f, p(d), "DateOfInitialCPC", d.dateOfInitialCpc(), closed);
          for (int i = 0; i < d.assessments().size(); i++) {
            Assessment a = d.assessments().get(i);
            check(f, p(d) + "/Assessments[" + (i + 1) + "]", "AssessmentActualStartDate", a.actualStartDate(), closed);
            check(f, p(d) + "/Assessments[" + (i + 1) + "]", "AssessmentAuthorisationDate", a.authorisationDate(), closed);
          }
          for (int i = 0; i < d.section47s().size(); i++) {
            check(f, p(d) + "/Section47[" + (i + 1) + "]", "S47ActualStartDate", d.section47s().get(i).actualStartDate(), closed);
          }
          for (int i = 0; i < d.childProtectionPlans().size(); i++) {
            check(f, p(d) + "/ChildProtectionPlans[" + (i + 1) + "]", "CPPendDate", d.childProtectionPlans().get(i).endDate(), closed);
          }
          for (int i = 0; i < d.cinPlanDates().size(); i++) {
            CinPlanDates pl = d.cinPlanDates().get(i);
            check(f, p(d) + "/CINPlanDates[" + (i + 1) + "]", "CINPlanStartDate", pl.startDate(), closed);
            check(f, p(d) + "/CINPlanDates[" + (i + 1) + "]", "CINPlanEndDate", pl.endDate(), closed);
          }
        }),
        episode("8867", (d, c, x, f) -> {
          // "CIN episode is shown as closed, however Assessment is not shown as completed": reported
          // once on the episode (the rule's module, CINdetails), on its closure date
          if (d.cinClosureDate() != null && d.assessments().stream().anyMatch(a -> a.authorisationDate() == null)) {
            f.flag(p(d), "CINclosureDate", d.cinClosureDate());
          }
        }),
        episode("8868", (d, c, x, f) -> {
          if (d.cinClosureDate() != null) {
            for (int i = 0; i < d.section47s().size(); i++) {
              Section47 s = d.section47s().get(i);
              if (s.dateOfInitialCpc() == null && !Boolean.TRUE.equals(s.icpcNotRequired())) {
                // Neither completion is recorded: reported on the enquiry's ICPCnotRequired (a field
                // of the rule's list outside the CINdetails module; DateOfInitialCPC would read as the
                // episode's own conference).
                f.flag(p(d) + "/Section47[" + (i + 1) + "]", "ICPCnotRequired", s.icpcNotRequiredRaw());
              }
            }
          }
        }),
        child("8815", (c, x, f) -> {
          List<CinDetails> open = c.cinDetails().stream().filter(d -> d.cinClosureDate() == null && !d.nfa()).toList();
          if (open.size() > 1) {
            for (CinDetails d : open) {
              f.flag(p(d), "CINclosureDate", null);
            }
          }
        }),
        child("8816", (c, x, f) -> {
          LocalDate latest = c.cinDetails().stream().map(CinDetails::cinReferralDate).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
          for (CinDetails d : c.cinDetails()) {
            if (d.cinClosureDate() == null && !d.nfa() && D.before(d.cinReferralDate(), latest)) {
              f.flag(p(d), "CINreferralDate", d.cinReferralDate());
            }
          }
        }),
        child("8820", (c, x, f) -> {
          List<CinDetails> byReferral = new ArrayList<>(c.cinDetails().stream().filter(d -> d.cinReferralDate() != null).toList());
          byReferral.sort(Comparator.comparing(CinDetails::cinReferralDate));
          for (int i = 1; i < byReferral.size(); i++) {
            CinDetails prev = byReferral.get(i - 1);
            CinDetails next = byReferral.get(i);
            if (prev.cinClosureDate() == null || next.cinReferralDate().isBefore(prev.cinClosureDate())) {
              f.flag(p(next), "CINreferralDate", next.cinReferralDate());
            }
          }
        }));
  }

  private static LocalDate minus40Weeks(LocalDate d) {
    return d == null ? null : d.minusWeeks(40);
  }

  private static void check(Flags f, String path, String field, LocalDate d, LocalDate closed) {
    if (D.after(d, closed)) {
      f.flag(path, field, d);
    }
  }

  /** A rule on one episode of a child. */
  @FunctionalInterface
  interface EpisodeCheck {
    void check(CinDetails d, uk.gov.safeguarding.ingestion.cin.model.CinChild c, RuleContext x, Flags f);
  }

  static CinRule episode(String code, EpisodeCheck check) {
    return child(code, (c, x, f) -> {
      for (CinDetails d : c.cinDetails()) {
        check.check(d, c, x, f);
      }
    });
  }

}
