package uk.gov.safeguarding.evidence.common;

import java.util.Optional;
import java.util.Set;

/**
 * What a caller may see of other LAs' records: derived from their token (LA code, national
 * role) and the reference data (region, statistical neighbours). Pure, so the sharing rules are
 * unit-tested without a server; {@code EvidenceRepository} applies the same rules in SQL.
 *
 * @param laCode the caller's own LA (old code), if an LA's token
 * @param regionCode the region of the caller's LA, if any
 * @param national true for DfE-side roles
 * @param neighbourOf the LAs that list the caller's LA among their statistical neighbours
 */
public record Viewer(Optional<String> laCode, Optional<String> regionCode, boolean national, Set<String> neighbourOf) {

  public Viewer {
    neighbourOf = Set.copyOf(neighbourOf);
  }

  public boolean owns(String ownerLa) {
    return laCode.map(ownerLa::equals).orElse(false);
  }

  /**
   * The sharing rule: the owner sees everything it holds; others see only records that are no
   * longer drafts and whose visibility names them.
   */
  public boolean canSee(String ownerLa, String ownerRegion, Visibility visibility, boolean draft) {
    if (owns(ownerLa)) {
      return true;
    }
    if (draft) {
      return false;
    }
    return switch (visibility) {
      case PRIVATE -> false;
      case PUBLIC -> true;
      case NATIONAL -> national;
      case REGION -> laCode.isPresent() && regionCode.map(ownerRegion::equals).orElse(false);
      case STATISTICAL_NEIGHBOURS -> laCode.isPresent() && neighbourOf.contains(ownerLa);
    };
  }
}
