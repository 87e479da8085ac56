package uk.gov.safeguarding.ingestion.cin.model;

import java.time.LocalDate;

/**
 * One {@code Section47} enquiry.
 *
 * @param actualStartDate {@code S47ActualStartDate}
 * @param initialCpcTarget {@code InitialCPCtarget}
 * @param dateOfInitialCpc {@code DateOfInitialCPC}
 * @param icpcNotRequiredRaw the raw {@code ICPCnotRequired} value
 * @param icpcNotRequired {@code ICPCnotRequired} (0/1, true/false); null when missing or invalid
 */
public record Section47(
    LocalDate actualStartDate, LocalDate initialCpcTarget, LocalDate dateOfInitialCpc, String icpcNotRequiredRaw, Boolean icpcNotRequired) {}
