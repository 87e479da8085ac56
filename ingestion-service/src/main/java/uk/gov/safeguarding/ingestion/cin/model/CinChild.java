package uk.gov.safeguarding.ingestion.cin.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code Child} of a CIN census return. Child-level personal data: it never leaves
 * ingestion-service.
 *
 * @param laChildId {@code ChildIdentifiers/LAchildID}
 * @param upn {@code ChildIdentifiers/UPN}: unique pupil number
 * @param formerUpn {@code ChildIdentifiers/FormerUPN}
 * @param upnUnknown {@code ChildIdentifiers/UPNunknown}: reason the UPN is unknown (UN1..UN7)
 * @param personBirthDate {@code ChildIdentifiers/PersonBirthDate}
 * @param expectedPersonBirthDate {@code ChildIdentifiers/ExpectedPersonBirthDate}: unborn children
 * @param sexCode the raw value of {@code Sex} (from 2024/25) or {@code GenderCurrent} (to 2023/24)
 * @param sex {@code sexCode} normalised; null when missing or invalid
 * @param personDeathDate {@code ChildIdentifiers/PersonDeathDate}
 * @param ethnicity {@code ChildCharacteristics/Ethnicity}
 * @param disabilities {@code ChildCharacteristics/Disabilities/Disability}, in document order; an
 *     empty {@code Disability} element is kept as null (rule 8540 reports it)
 * @param cinDetails the {@code CINdetails} episodes, in document order
 * @param line line of the {@code <Child>} start tag: the row reference of findings
 */
public record CinChild(
    String laChildId,
    String upn,
    String formerUpn,
    String upnUnknown,
    LocalDate personBirthDate,
    LocalDate expectedPersonBirthDate,
    String sexCode,
    Sex sex,
    LocalDate personDeathDate,
    String ethnicity,
    List<String> disabilities,
    List<CinDetails> cinDetails,
    int line) {

  public CinChild {
    disabilities = disabilities == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(disabilities));
    cinDetails = cinDetails == null ? List.of() : List.copyOf(cinDetails);
  }

  /** An unborn child: expected date of birth and no date of birth. */
  public boolean unborn() {
    return personBirthDate == null && expectedPersonBirthDate != null;
  }
}
