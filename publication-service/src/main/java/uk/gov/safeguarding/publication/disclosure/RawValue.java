package uk.gov.safeguarding.publication.disclosure;

import uk.gov.safeguarding.publication.content.DataRow;

/**
 * An exact value as it arrives from upstream (indicator-service, local evidence or the historical
 * import), before disclosure control: the one row shape, with the unrounded figures and no status.
 * Never published as such: {@link DisclosureControl#apply} is the only way from here to a
 * publishable {@link DataRow}.
 */
public record RawValue(DataRow exact) {}
