package uk.gov.safeguarding.publication.content;

import java.util.Comparator;
import java.util.List;

/**
 * The canonical content of one data set version: indicator metadata and published rows, both in a
 * fixed order, so the same content always renders to the same bytes and hash.
 */
public record DataSetContent(List<IndicatorMeta> indicators, List<DataRow> rows) {
  private static final Comparator<DataRow> ROW_ORDER =
      Comparator.comparing(DataRow::indicatorId)
          .thenComparing(DataRow::timePeriod)
          .thenComparing(r -> levelOrder(r.geographicLevel()))
          .thenComparing(DataRow::areaCode);

  public DataSetContent {
    indicators = indicators.stream().sorted(Comparator.comparing(IndicatorMeta::id)).toList();
    rows = rows.stream().sorted(ROW_ORDER).toList();
  }

  public static DataSetContent empty() {
    return new DataSetContent(List.of(), List.of());
  }

  private static int levelOrder(String level) {
    return switch (level) {
      case "National" -> 0;
      case "Regional" -> 1;
      default -> 2;
    };
  }
}
