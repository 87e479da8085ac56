package uk.gov.safeguarding.indicator.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One national performance information item of the framework (N1-N27), as listed in
 * {@code catalogue/framework-items.json}.
 *
 * @param rationale why the framework asks for the item, in our own words
 * @param status COLLECTED when this platform computes at least one catalogue indicator for it,
 *     otherwise NOT_COLLECTED with the reason
 */
@Schema(name = "FrameworkItemDefinition")
public record FrameworkItem(
    String id,
    int number,
    String title,
    String theme,
    String rationale,
    String source,
    String unit,
    String polarity,
    String status,
    String statusReason) {

  public static final String COLLECTED = "COLLECTED";
  public static final String NOT_COLLECTED = "NOT_COLLECTED";
}
