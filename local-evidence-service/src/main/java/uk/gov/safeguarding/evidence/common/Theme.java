package uk.gov.safeguarding.evidence.common;

/** The five themes of the children's safeguarding performance information framework. */
public enum Theme {
  OUTCOMES("Outcomes for children and young people and their families"),
  ACTIVITY("Child protection activity (including early help)"),
  DECISION_MAKING("The quality and timeliness of decision making"),
  PLANS("The quality of child protection plans"),
  WORKFORCE("Workforce");

  private final String title;

  Theme(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
