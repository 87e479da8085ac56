package uk.gov.safeguarding.evidence.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.problem.ProblemType;

/**
 * Screens evidence free text for child identifiers: on create and update, and again before a
 * record is shared beyond its LA or published (the LA may have sent more children since). A hit
 * is a 422 naming the field and the kind of identifier, never the value.
 */
@ApplicationScoped
public class FreeTextScreening {
  /** The most candidate words sent to ingestion in one check (its limit is 2,000). */
  static final int MAX_CANDIDATES = 2000;

  @Inject ChildIdClient childIds;

  public void screen(String laOldCode, List<ScreenedText> texts) {
    screenPatterns(texts);
    // every field's candidate words in one check (chunked at ingestion's limit); the answer,
    // in order, says which field to name
    List<String> candidates = new ArrayList<>();
    List<String> fieldOf = new ArrayList<>();
    for (ScreenedText t : texts) {
      for (String c : PatternScreen.candidateIds(t.text())) {
        candidates.add(c);
        fieldOf.add(t.path());
      }
    }
    for (int from = 0; from < candidates.size(); from += MAX_CANDIDATES) {
      int to = Math.min(candidates.size(), from + MAX_CANDIDATES);
      int hit = childIds.firstKnown(laOldCode, candidates.subList(from, to));
      if (hit >= 0) {
        throw hit(fieldOf.get(from + hit), IdentifierKind.LA_CHILD_ID);
      }
    }
  }

  /** UPNs, NHS numbers and dates of birth only (for text with no LA whose child ids apply). */
  public void screenPatterns(List<ScreenedText> texts) {
    for (ScreenedText t : texts) {
      Optional<IdentifierKind> kind = PatternScreen.find(t.text());
      if (kind.isPresent()) {
        throw hit(t.path(), kind.get());
      }
    }
  }

  /** The free text of an evidence request, by field path. */
  public static List<ScreenedText> texts(String method, String findings, String actionsTaken, String serviceDevelopment, String owner,
      List<String> measureTitles, List<String> linesOfEnquiry) {
    List<ScreenedText> out = new ArrayList<>();
    out.add(new ScreenedText("method", method));
    out.add(new ScreenedText("findings", findings));
    out.add(new ScreenedText("actionsTaken", actionsTaken));
    out.add(new ScreenedText("serviceDevelopment", serviceDevelopment));
    out.add(new ScreenedText("owner", owner));
    for (int i = 0; i < measureTitles.size(); i++) {
      out.add(new ScreenedText("measures[" + i + "].title", measureTitles.get(i)));
    }
    for (int i = 0; i < linesOfEnquiry.size(); i++) {
      out.add(new ScreenedText("linesOfEnquiry[" + i + "]", linesOfEnquiry.get(i)));
    }
    return out;
  }

  static ProblemException hit(String path, IdentifierKind kind) {
    String message = path + " appears to contain " + kind.description() + "; remove it (evidence must not identify a child)";
    return new ProblemException(ProblemType.VALIDATION, 422, "Free text appears to identify a child: " + path,
        List.of(new Problem.FieldError(path, kind.rule(), message)));
  }
}
