package uk.gov.safeguarding.indicator.areas;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.indicator.computation.ExpectedValue;
import uk.gov.safeguarding.indicator.localquestions.LocalQuestion;
import uk.gov.safeguarding.indicator.values.ValueView;

/** Response bodies of the area endpoints. */
public final class AreaViews {
  private AreaViews() {}

  @Schema(name = "Neighbour")
  public record Neighbour(String gssCode, String oldCode, String name, int rank, String closeness, String listedAs) {}

  @Schema(name = "Neighbours")
  public record Neighbours(String gssCode, String oldCode, String name, String regionCode, List<Neighbour> neighbours) {}

  /** An indicator where the LA differs significantly from England. */
  @Schema(name = "Outlier")
  public record Outlier(String indicatorId, String title, String theme, String unit, Double value, Double lower95,
      Double upper95, Double englandValue, String comparison95, String comparison998, String direction) {}

  @Schema(name = "Outliers")
  public record Outliers(String areaCode, String period, List<Outlier> outliers) {}

  /** Expected versus actual for one indicator. */
  @Schema(name = "ExpectedFinding")
  public record ExpectedFinding(String indicatorId, String title, Double value, ExpectedValue expected, Double modelRSquared) {}

  /** One indicator in the profile. */
  @Schema(name = "ProfileIndicator")
  public record ProfileIndicator(String indicatorId, String title, String unit, String polarity, ValueView england,
      Double regionValue, Double neighboursValue, String vsRegion95, String vsNeighbours95, ExpectedValue expected,
      List<String> flags) {}

  @Schema(name = "ProfileTheme")
  public record ProfileTheme(String id, String title, List<ProfileIndicator> indicators, List<String> notCollected) {}

  /**
   * A question for peer challenge, naming the local questions of the same theme (ids, parts and
   * text, from local-evidence-service) with links to the LA's own evidence for them.
   */
  @Schema(name = "LineOfEnquiry")
  public record LineOfEnquiry(String theme, String indicatorId, String frameworkItem, String text, String localQuestionsTheme,
      List<LocalQuestion> localQuestions) {}

  /**
   * @param localQuestionsStatus AVAILABLE, or UNAVAILABLE when local-evidence-service could not be
   *     read (lines of enquiry then name their theme only)
   * @param localEvidenceStatus AVAILABLE, or UNAVAILABLE when the LA's evidence could not be read
   */
  @Schema(name = "DataProfile")
  public record Profile(String areaCode, String oldLaCode, String name, String regionName, String period,
      List<ProfileTheme> themes, List<Outlier> outliers, List<ExpectedFinding> expectedVersusActual,
      List<LineOfEnquiry> linesOfEnquiry, String localQuestionsStatus, String localEvidenceStatus) {}
}
