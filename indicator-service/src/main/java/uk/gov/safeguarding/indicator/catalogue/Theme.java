package uk.gov.safeguarding.indicator.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the framework's five themes. */
@Schema(name = "Theme")
public record Theme(String id, String title) {}
