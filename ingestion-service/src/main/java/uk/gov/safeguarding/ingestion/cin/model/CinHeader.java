package uk.gov.safeguarding.ingestion.cin.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.gov.safeguarding.reference.period.CollectionYear;

/**
 * The return's {@code Header}.
 *
 * @param collection {@code CollectionDetails/Collection}, "CIN"
 * @param collectionYear {@code CollectionDetails/Year}: the year the collection ends (2025 for 2024/25)
 * @param referenceDate {@code CollectionDetails/ReferenceDate}: the census date, 31 March of the year
 * @param sourceLevel {@code Source/SourceLevel}, "L"
 * @param laOldCode {@code Source/LEA}: the LA's old three-digit code
 * @param softwareCode {@code Source/SoftwareCode}
 * @param release {@code Source/Release}
 * @param serialNo {@code Source/SerialNo}
 * @param dateTime {@code Source/DateTime}: when the file was produced
 */
public record CinHeader(
    String collection,
    Integer collectionYear,
    LocalDate referenceDate,
    String sourceLevel,
    String laOldCode,
    String softwareCode,
    String release,
    String serialNo,
    LocalDateTime dateTime) {

  /** The collection year the header's Year names. */
  public CollectionYear period() {
    return CollectionYear.of(collectionYear);
  }

  /** 1 April of the year before the collection year: the first day of the census period. */
  public LocalDate periodStart() {
    return period().start();
  }

  /** 31 March of the collection year: the last day of the census period. */
  public LocalDate periodEnd() {
    return period().censusDate();
  }
}
