package uk.gov.safeguarding.ingestion.cin.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code ChildProtectionPlans} module.
 *
 * @param startDate {@code CPPstartDate}
 * @param endDate {@code CPPendDate}; null while the plan is open
 * @param initialCategoryOfAbuse {@code InitialCategoryOfAbuse} (NEG, PHY, SAB, EMO, MUL)
 * @param latestCategoryOfAbuse {@code LatestCategoryOfAbuse}
 * @param numberOfPreviousCpp {@code NumberOfPreviousCPP}; null when missing
 * @param reviewDates {@code Reviews/CPPreviewDate}, every one, in document order; an empty
 *     {@code CPPreviewDate} element is kept as null (rule 8842Q)
 */
public record ChildProtectionPlan(
    LocalDate startDate,
    LocalDate endDate,
    String initialCategoryOfAbuse,
    String latestCategoryOfAbuse,
    Integer numberOfPreviousCpp,
    List<LocalDate> reviewDates) {
  public ChildProtectionPlan {
    reviewDates = reviewDates == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(reviewDates));
  }
}
