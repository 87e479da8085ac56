package uk.gov.safeguarding.ingestion.workforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored version of a workforce return. */
@Schema(name = "WorkforceReturn")
public record WorkforceReturnView(
    UUID id,
    String laCode,
    String laGssCode,
    int collectionYear,
    int version,
    String contentHash,
    BigDecimal socialWorkersFte,
    BigDecimal vacanciesFte,
    BigDecimal leaversFte,
    BigDecimal agencyFte,
    BigDecimal absenceDays,
    BigDecimal workingDaysAvailable,
    int casesHeld,
    Instant submittedAt) {}
