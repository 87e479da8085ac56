package uk.gov.safeguarding.evidence.catalogue;

import java.util.List;
import uk.gov.safeguarding.evidence.common.Theme;

/** The shape of the catalogue resource {@code /catalogue/local-questions-2011.json}. */
public record CatalogueFile(String edition, Source source, List<ThemeEntry> themes, List<Entry> questions) {

  /** Attribution of the published source. */
  public record Source(String title, String publisher, String published, String url, String licence, String note) {
    public String attribution() {
      return publisher + ", \"" + title + "\" (" + published + "), " + url + ", " + licence;
    }
  }

  public record ThemeEntry(String code, String title) {}

  public record Entry(
      String id,
      Theme theme,
      List<Theme> relatedThemes,
      String sourceSection,
      String text,
      List<Clause> parts,
      List<Clause> followUps) {}
}
