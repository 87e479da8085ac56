package uk.gov.safeguarding.evidence.catalogue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The question catalogue.
 *
 * @param catalogueVersion increases with every change (add, reword, retire, reinstate)
 */
@Schema(name = "QuestionCatalogue")
public record CatalogueView(
    long catalogueVersion, String edition, CatalogueFile.Source source, List<CatalogueFile.ThemeEntry> themes, List<QuestionView> questions) {}
