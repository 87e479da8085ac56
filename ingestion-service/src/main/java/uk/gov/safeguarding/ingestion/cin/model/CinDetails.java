package uk.gov.safeguarding.ingestion.cin.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code CINdetails} episode: a referral and what followed it.
 *
 * @param cinReferralDate {@code CINreferralDate}
 * @param referralSource {@code ReferralSource}
 * @param primaryNeedCode {@code PrimaryNeedCode} (N0..N9)
 * @param cinClosureDate {@code CINclosureDate}
 * @param reasonForClosure {@code ReasonForClosure} (RC1..RC9)
 * @param dateOfInitialCpc {@code DateOfInitialCPC} at episode level (an ICPC not preceded by a S47 in this episode)
 * @param referralNfaRaw the raw {@code ReferralNFA} value
 * @param referralNfa {@code ReferralNFA} as a boolean (0/1, true/false); null when missing or invalid
 * @param assessments {@code Assessments}
 * @param cinPlanDates {@code CINPlanDates}
 * @param section47s {@code Section47}
 * @param childProtectionPlans {@code ChildProtectionPlans}
 * @param index 1-based position of this episode within the child
 */
public record CinDetails(
    LocalDate cinReferralDate,
    String referralSource,
    String primaryNeedCode,
    LocalDate cinClosureDate,
    String reasonForClosure,
    LocalDate dateOfInitialCpc,
    String referralNfaRaw,
    Boolean referralNfa,
    List<Assessment> assessments,
    List<CinPlanDates> cinPlanDates,
    List<Section47> section47s,
    List<ChildProtectionPlan> childProtectionPlans,
    int index) {

  public CinDetails {
    assessments = assessments == null ? List.of() : List.copyOf(assessments);
    cinPlanDates = cinPlanDates == null ? List.of() : List.copyOf(cinPlanDates);
    section47s = section47s == null ? List.of() : List.copyOf(section47s);
    childProtectionPlans = childProtectionPlans == null ? List.of() : List.copyOf(childProtectionPlans);
  }

  /** True when the referral is flagged as no further action. */
  public boolean nfa() {
    return Boolean.TRUE.equals(referralNfa);
  }
}
