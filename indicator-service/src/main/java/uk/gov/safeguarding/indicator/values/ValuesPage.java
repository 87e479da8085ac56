package uk.gov.safeguarding.indicator.values;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.indicator.catalogue.IndicatorSpec;

/** Values of one indicator for one period. Provisional and unsuppressed: not for publication. */
@Schema(name = "IndicatorValues")
public record ValuesPage(IndicatorSpec indicator, String period, String benchmark, List<ValueView> values) {}
