package uk.gov.safeguarding.evidence.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.evidence.common.Visibility;

/** An evidence item as served. */
@Schema(name = "Evidence")
public record EvidenceView(
    UUID id,
    String laCode,
    String laGssCode,
    String questionId,
    int questionVersion,
    List<String> parts,
    String period,
    LocalDate coveredFrom,
    LocalDate coveredTo,
    SourceType sourceType,
    String method,
    Integer respondents,
    String findings,
    List<MeasureView> measures,
    String actionsTaken,
    String serviceDevelopment,
    String owner,
    EvidenceStatus status,
    Visibility visibility,
    List<String> nationalIndicators,
    List<String> linesOfEnquiry,
    boolean synthetic,
    Instant createdAt,
    Instant updatedAt,
    long revision) {

  @Schema(name = "LocalMeasure")
  public record MeasureView(
      String measureId, String title, BigDecimal numerator, BigDecimal denominator, String unit, boolean isPublic, BigDecimal value) {}

  static EvidenceView of(EvidenceItem e) {
    return new EvidenceView(
        e.id,
        e.laCode,
        e.laGssCode,
        e.questionId,
        e.questionVersion,
        List.copyOf(e.parts),
        e.period,
        e.coveredFrom,
        e.coveredTo,
        e.sourceType,
        e.method,
        e.respondents,
        e.findings,
        e.measures.stream().map(EvidenceView::measure).toList(),
        e.actionsTaken,
        e.serviceDevelopment,
        e.owner,
        e.status,
        e.visibility,
        List.copyOf(e.nationalIndicators),
        List.copyOf(e.linesOfEnquiry),
        e.synthetic,
        e.createdAt,
        e.updatedAt,
        e.rowVersion);
  }

  /** value = numerator / denominator, as a percentage when the unit is "percent". */
  static MeasureView measure(EvidenceMeasure m) {
    BigDecimal ratio = m.numerator.divide(m.denominator, 6, RoundingMode.HALF_UP);
    BigDecimal value = "percent".equals(m.unit) ? ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) : ratio;
    return new MeasureView(m.measureId, m.title, m.numerator, m.denominator, m.unit, m.isPublic, value);
  }
}
