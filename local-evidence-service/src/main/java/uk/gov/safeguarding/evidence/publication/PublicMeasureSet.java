package uk.gov.safeguarding.evidence.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.gov.safeguarding.events.LocalMeasuresPublished.LocalMeasure;

/**
 * The rule deciding what an LA publishes for a period: measures marked public, in records that
 * are PUBLIC and no longer drafts. Pure, so it is unit-tested without a database.
 */
public final class PublicMeasureSet {
  private PublicMeasureSet() {}

  /** One measure row with the record facts the rule needs. */
  public record Candidate(
      String measureId,
      String title,
      String questionId,
      String theme,
      String method,
      BigDecimal numerator,
      BigDecimal denominator,
      String unit,
      boolean measurePublic,
      String visibility,
      String status) {}

  /** The public set, ordered by measure id, numbers normalised so equal sets compare equal. */
  public static List<LocalMeasure> select(List<Candidate> candidates) {
    List<LocalMeasure> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.measurePublic() && "PUBLIC".equals(c.visibility()) && !"DRAFT".equals(c.status())) {
        out.add(
            new LocalMeasure(
                c.measureId(), c.title(), c.questionId(), c.theme(), c.method(), normalise(c.numerator()), normalise(c.denominator()), c.unit()));
      }
    }
    out.sort(Comparator.comparing(LocalMeasure::measureId));
    return List.copyOf(out);
  }

  /** The measure id that appears more than once in a set, if any: an LA publishes a measure once per period. */
  public static String duplicate(List<LocalMeasure> measures) {
    for (int i = 1; i < measures.size(); i++) {
      if (Objects.equals(measures.get(i).measureId(), measures.get(i - 1).measureId())) {
        return measures.get(i).measureId();
      }
    }
    return null;
  }

  static BigDecimal normalise(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
