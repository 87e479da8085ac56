package uk.gov.safeguarding.publication.historical;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.ValueStatus;

/**
 * What the DfE source's own symbols mean when we publish them. LAIT marks a value the DfE
 * publication suppressed with {@code -}; it is confidential ({@code c}), not "not available"
 * ({@code x}), so the meaning of the original survives republication.
 */
public final class SourceSymbols {
  /** LAIT's symbol for a value suppressed in the DfE publication. */
  public static final String LAIT_SUPPRESSED = "-";

  private static final Map<String, String> PUBLISHED_AS = Map.of(LAIT_SUPPRESSED, ValueStatus.SUPPRESSED);

  private SourceSymbols() {}

  /** The GSS status a source symbol is published as, when the raw cell is a symbol rather than a number. */
  public static Optional<String> publishedAs(String raw) {
    return raw == null ? Optional.empty() : Optional.ofNullable(PUBLISHED_AS.get(raw.trim()));
  }

  /**
   * Rows that disclosure control left without a value (status {@code x}) but whose source cell
   * carried a symbol get the status that symbol means.
   *
   * @param symbols source symbol by {@link DataRow#key()}
   */
  public static List<DataRow> apply(List<DataRow> rows, Map<String, String> symbols) {
    return rows.stream().map(r -> {
      String symbol = symbols.get(r.key());
      if (symbol == null || r.value() != null || !ValueStatus.UNAVAILABLE.equals(r.status())) {
        return r;
      }
      return r.withheld(publishedAs(symbol).orElse(r.status()));
    }).toList();
  }
}
