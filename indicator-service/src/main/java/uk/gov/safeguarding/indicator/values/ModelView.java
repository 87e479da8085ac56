package uk.gov.safeguarding.indicator.values;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.indicator.computation.ExpectedValue;
import uk.gov.safeguarding.indicator.computation.ModelFit;

/** The expected-value model of an indicator for a period, with each readable LA's expected value. */
@Schema(name = "ExpectedValueModel")
public record ModelView(String indicatorId, String period, ModelFit fit, List<LaExpected> las) {

  @Schema(name = "LaExpected")
  public record LaExpected(String areaCode, String oldLaCode, String areaName, Double value, ExpectedValue expected) {}
}
