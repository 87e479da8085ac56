package uk.gov.safeguarding.evidence.assessment;

/** An LA's own judgement of a theme, on the four-point scale used in inspection of children's services. */
public enum Rating {
  INADEQUATE(1),
  REQUIRES_IMPROVEMENT(2),
  GOOD(3),
  OUTSTANDING(4);

  private final int score;

  Rating(int score) {
    this.score = score;
  }

  public int score() {
    return score;
  }
}
