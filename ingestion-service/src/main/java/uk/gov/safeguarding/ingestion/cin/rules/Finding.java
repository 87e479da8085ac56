package uk.gov.safeguarding.ingestion.cin.rules;

/**
 * One thing a rule flagged. Child-level: it names the child and is shown only to the owning LA and
 * DfE; never logged or published.
 *
 * @param rule the rule code
 * @param laChildId the child's LAchildID; null for whole-return findings
 * @param line line of the child's start tag (row reference); null for whole-return findings
 * @param path where in the child, e.g. {@code CINdetails[1]/Assessments[2]}; the module for whole-return findings
 * @param field the data item flagged
 * @param value the flagged value as text, null when missing
 */
public record Finding(String rule, String laChildId, Integer line, String path, String field, String value) {
  /** True for a whole-return (LA-level) finding. */
  public boolean returnLevel() {
    return line == null;
  }
}
