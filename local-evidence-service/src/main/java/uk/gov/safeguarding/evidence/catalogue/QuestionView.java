package uk.gov.safeguarding.evidence.catalogue;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.evidence.common.Theme;

/** A question in one of its wordings (the current one unless a version was asked for). */
@Schema(name = "Question")
public record QuestionView(
    String id,
    Theme theme,
    String themeTitle,
    List<String> relatedThemes,
    String sourceSection,
    Question.Status status,
    int version,
    int currentVersion,
    String text,
    List<Clause> parts,
    List<Clause> followUps,
    @Schema(description = "Attribution of this wording") String source,
    String changeNote,
    Instant versionCreatedAt,
    Instant retiredAt,
    String retiredReason) {

  static QuestionView of(Question q, QuestionVersion v) {
    return new QuestionView(
        q.id,
        q.theme,
        q.theme.title(),
        List.copyOf(q.relatedThemes),
        q.sourceSection,
        q.status,
        v.version,
        q.currentVersion,
        v.text,
        List.copyOf(v.parts),
        List.copyOf(v.followUps),
        v.source,
        v.changeNote,
        v.createdAt,
        q.retiredAt,
        q.retiredReason);
  }
}
