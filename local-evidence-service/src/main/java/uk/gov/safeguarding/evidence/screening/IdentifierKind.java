package uk.gov.safeguarding.evidence.screening;

/** The kinds of child identifier that free text must not carry, each with its rule code. */
public enum IdentifierKind {
  UPN("NoUpn", "a unique pupil number (UPN)"),
  FORMER_UPN("NoFormerUpn", "a former unique pupil number"),
  NHS_NUMBER("NoNhsNumber", "an NHS number"),
  DATE_OF_BIRTH("NoDateOfBirth", "a date of birth"),
  LA_CHILD_ID("NoLaChildId", "one of this local authority's LAchildIDs");

  private final String rule;
  private final String description;

  IdentifierKind(String rule, String description) {
    this.rule = rule;
    this.description = description;
  }

  public String rule() {
    return rule;
  }

  public String description() {
    return description;
  }
}
