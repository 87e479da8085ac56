package uk.gov.safeguarding.indicator.localquestions;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A local question of the framework as local-evidence-service holds it: id, the text of the
 * current wording, its sub-parts and follow-ups, and the LA's own evidence recorded against it.
 */
@Schema(name = "LocalQuestionRef")
public record LocalQuestion(String questionId, String text, List<Part> parts, List<EvidenceLink> evidence) {

  /** A sub-part ({@code followUp} false) or follow-up, by its key in the catalogue (e.g. {@code a}, {@code f1}). */
  @Schema(name = "LocalQuestionPart")
  public record Part(String key, boolean followUp, String text) {}

  /** One of the LA's evidence items for the question, as a link into local-evidence-service. */
  @Schema(name = "LocalEvidenceLink")
  public record EvidenceLink(String id, String period, String status, List<String> parts, String href) {}
}
