package uk.gov.safeguarding.reference;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An English local authority with children's services responsibilities.
 *
 * @param gssCode ONS GSS code, e.g. E09000002
 * @param oldCode DfE three-digit code, e.g. 301 (the LEA code in the CIN census)
 * @param regionCode GSS code of its region (E12...)
 * @param validTo last day of operation, empty while live
 */
public record LocalAuthority(
    String gssCode,
    String oldCode,
    String name,
    String regionCode,
    String regionName,
    LocalDate validFrom,
    Optional<LocalDate> validTo) {

  public boolean isLive() {
    return validTo.isEmpty();
  }
}
