package uk.gov.safeguarding.ingestion.cin.rules;

/** How a rule reports: the rule's code and the current child are bound by the validator. */
public interface Flags {
  /**
   * Flags one data item.
   *
   * @param path where in the child, e.g. {@code CINdetails[1]}
   * @param field the data item
   * @param value the value flagged (null when missing)
   */
  void flag(String path, String field, Object value);
}
