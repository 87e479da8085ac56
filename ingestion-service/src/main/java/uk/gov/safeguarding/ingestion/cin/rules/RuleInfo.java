package uk.gov.safeguarding.ingestion.cin.rules;

import java.util.List;

/**
 * A validation rule's metadata, from {@code cin/validation-rules.csv}.
 *
 * @param code the DfE rule code, e.g. "8500" or "8525Q"
 * @param module the CIN census module the rule belongs to
 * @param fields the CIN data items the rule reads
 * @param fromYear first collection year (the year the collection ends) the rule is in force
 * @param toYear last collection year the rule is in force
 */
public record RuleInfo(String code, RuleType type, String module, String message, List<String> fields, int fromYear, int toYear) {
  public boolean inForce(int collectionYear) {
    return collectionYear >= fromYear && collectionYear <= toYear;
  }
}
