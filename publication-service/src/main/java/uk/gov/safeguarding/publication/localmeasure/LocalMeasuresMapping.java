package uk.gov.safeguarding.publication.localmeasure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.events.LocalMeasuresPublished;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.DataSource;
import uk.gov.safeguarding.publication.content.GeographicLevel;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
import uk.gov.safeguarding.publication.disclosure.DisclosureControl;
import uk.gov.safeguarding.publication.disclosure.RawValue;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/** Turns the LAs' local-measure submissions into published content (through disclosure control). Pure functions. */
public final class LocalMeasuresMapping {
  private LocalMeasuresMapping() {}

  /** The local-measures content from the latest submission of every LA and period. */
  public static DataSetContent content(List<LocalMeasuresPublished> submissions, AreaRegistry areas) {
    Map<String, IndicatorMeta> indicators = new LinkedHashMap<>();
    List<RawValue> raw = new ArrayList<>();
    for (LocalMeasuresPublished s : submissions) {
      LocalAuthority la = areas.byGssCode(s.laCode()).or(() -> areas.find(s.oldLaCode())).orElse(null);
      for (LocalMeasuresPublished.LocalMeasure m : s.measures()) {
        IndicatorMeta meta = new IndicatorMeta(m.measureId(), m.title(), m.theme(), m.unit(), 1, "NO_JUDGEMENT", "Local measure: " + m.method());
        indicators.putIfAbsent(m.measureId(), meta);
        raw.add(new RawValue(new DataRow(
            s.period(), GeographicLevel.LOCAL_AUTHORITY.label(), s.laCode(), la == null ? s.oldLaCode() : la.oldCode(),
            la == null ? s.laCode() : la.name(), la == null ? null : la.regionCode(), m.measureId(),
            value(meta, m.numerator(), m.denominator()), null, m.numerator(), m.denominator(), null, null, null, null, null, null, null, null)));
      }
    }
    List<IndicatorMeta> defs = List.copyOf(indicators.values());
    return new DataSetContent(defs, DataSource.LOCAL_AUTHORITY.label(DisclosureControl.apply(defs, raw)));
  }

  static BigDecimal value(IndicatorMeta meta, BigDecimal numerator, BigDecimal denominator) {
    if (numerator == null) {
      return null;
    }
    if (denominator == null || meta.isCount()) {
      return numerator;
    }
    if (denominator.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal ratio = numerator.divide(denominator, MathContext.DECIMAL64);
    String unit = meta.unit() == null ? "" : meta.unit().toLowerCase();
    if (meta.isPercent()) {
      return ratio.multiply(BigDecimal.valueOf(100));
    }
    if (unit.contains("10,000")) {
      return ratio.multiply(BigDecimal.valueOf(10_000));
    }
    if (unit.contains("1,000")) {
      return ratio.multiply(BigDecimal.valueOf(1_000));
    }
    return ratio;
  }
}
