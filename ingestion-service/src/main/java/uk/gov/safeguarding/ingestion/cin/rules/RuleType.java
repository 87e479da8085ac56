package uk.gov.safeguarding.ingestion.cin.rules;

/** An error rejects the return; a query asks the LA to check and either amend or explain. */
public enum RuleType {
  ERROR,
  QUERY
}
