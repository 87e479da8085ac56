package uk.gov.safeguarding.ingestion.cin.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The modules of the CIN census as the DfE rule list names them, with the data items each holds
 * directly (from the 2023 to 2026 XSDs). DateOfInitialCPC is the one item held by two modules
 * (CINdetails and Section47), which is how rules came to report the wrong one (issue 13).
 */
final class CinModules {
  private CinModules() {}

  static final Map<String, Set<String>> ITEMS = Map.ofEntries(
      Map.entry("Header", Set.of("Collection", "Year", "ReferenceDate", "SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime")),
      Map.entry("ChildIdentifiers", Set.of("LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "Sex", "GenderCurrent", "PersonDeathDate")),
      Map.entry("ChildCharacteristics", Set.of("Ethnicity", "Disabilities")),
      Map.entry("Disabilities", Set.of("Disability")),
      Map.entry("CINdetails", Set.of("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA",
          "Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans")),
      Map.entry("Assessments", Set.of("AssessmentActualStartDate", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate", "AssessmentFactors")),
      Map.entry("CINplanDates", Set.of("CINPlanStartDate", "CINPlanEndDate")),
      Map.entry("Section47", Set.of("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired")),
      Map.entry("ChildProtectionPlans", Set.of("CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP", "Reviews")),
      Map.entry("Reviews", Set.of("CPPreviewDate")));

  /** The module name as the rule list spells it, for an element or module name of a path (CINPlanDates is CINplanDates there). */
  static Optional<String> module(String name) {
    return ITEMS.keySet().stream().filter(m -> m.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).findFirst();
  }

  /** The innermost module of a finding's path, e.g. Section47 for {@code CINdetails[1]/Section47[2]}. */
  static Optional<String> moduleOf(String path) {
    List<String> segments = Arrays.stream(path.split("/")).map(s -> s.replaceAll("\\[\\d+]$", "")).toList();
    for (int i = segments.size() - 1; i >= 0; i--) {
      Optional<String> m = module(segments.get(i));
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /**
   * What is wrong with where a finding points, or empty when nothing: the rule must be in force,
   * its field must be one of the rule's items or of its module, and a field that the rule's own
   * module holds must be reported on that module (not on another module holding an item of the
   * same name).
   */
  static Optional<String> misplaced(Finding f, RuleCatalog catalog, int year) {
    Optional<RuleInfo> ri = catalog.info(f.rule(), year);
    if (ri.isEmpty()) {
      return Optional.of(f.rule() + " is not in the " + year + " rule list");
    }
    RuleInfo info = ri.get();
    Set<String> own = ITEMS.get(info.module());
    if (own == null) {
      return Optional.of(f.rule() + ": module " + info.module() + " is not a CIN module");
    }
    if (f.field() == null || !(info.fields().contains(f.field()) || own.contains(f.field()))) {
      return Optional.of(f.rule() + " reports field " + f.field() + ", which is neither in its list " + info.fields() + " nor in module " + info.module());
    }
    if (f.path() == null) {
      return Optional.of(f.rule() + " has no path");
    }
    Optional<String> at = moduleOf(f.path());
    if (at.isEmpty()) {
      return Optional.of(f.rule() + " reports path " + f.path() + ", which names no module");
    }
    if (own.contains(f.field()) && !at.get().equals(info.module())) {
      return Optional.of(f.rule() + " (module " + info.module() + ") reports " + f.field() + " of module " + at.get() + " at " + f.path());
    }
    return Optional.empty();
  }
}
