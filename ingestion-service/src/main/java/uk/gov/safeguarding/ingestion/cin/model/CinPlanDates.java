package uk.gov.safeguarding.ingestion.cin.model;

import java.time.LocalDate;

/**
 * One {@code CINPlanDates} module.
 *
 * @param startDate {@code CINPlanStartDate}
 * @param endDate {@code CINPlanEndDate}; null while the plan is open
 */
public record CinPlanDates(LocalDate startDate, LocalDate endDate) {}
