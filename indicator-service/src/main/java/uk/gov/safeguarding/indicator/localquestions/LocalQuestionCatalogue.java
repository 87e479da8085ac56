package uk.gov.safeguarding.indicator.localquestions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which local questions belong to a profile theme: those of the theme itself and those the
 * catalogue cross-refers to it ({@code relatedThemes}). Pure, over the JSON of
 * {@code GET /v1/questions} and the LA's {@code GET /v1/local-authorities/{la}/evidence}.
 */
public final class LocalQuestionCatalogue {
  /** Profile theme ids (indicator catalogue) to the evidence catalogue's theme codes. */
  static final Map<String, String> THEME_CODES = Map.of(
      "outcomes", "OUTCOMES", "activity", "ACTIVITY", "timeliness", "DECISION_MAKING", "plans", "PLANS", "workforce", "WORKFORCE");

  private LocalQuestionCatalogue() {}

  public static List<LocalQuestion> ofTheme(String profileTheme, JsonNode catalogue, JsonNode evidence, String evidenceBase, String la) {
    String code = THEME_CODES.get(profileTheme);
    List<LocalQuestion> out = new ArrayList<>();
    if (code == null) {
      return out;
    }
    for (JsonNode q : catalogue.path("questions")) {
      boolean inTheme = code.equals(q.path("theme").asText());
      for (JsonNode related : q.path("relatedThemes")) {
        inTheme |= code.equals(related.asText());
      }
      if (!inTheme || "RETIRED".equals(q.path("status").asText())) {
        continue;
      }
      List<LocalQuestion.Part> parts = new ArrayList<>();
      for (String field : List.of("parts", "followUps")) {
        for (JsonNode p : q.path(field)) {
          parts.add(new LocalQuestion.Part(p.path("key").asText(), field.equals("followUps"), p.path("text").asText()));
        }
      }
      String id = q.path("id").asText();
      List<LocalQuestion.EvidenceLink> links = new ArrayList<>();
      for (JsonNode e : evidence) {
        if (id.equals(e.path("questionId").asText())) {
          List<String> answered = new ArrayList<>();
          e.path("parts").forEach(p -> answered.add(p.asText()));
          String itemId = e.path("id").asText();
          links.add(new LocalQuestion.EvidenceLink(itemId, e.path("period").asText(), e.path("status").asText(), answered,
              evidenceBase + "/v1/local-authorities/" + la + "/evidence/" + itemId));
        }
      }
      out.add(new LocalQuestion(id, q.path("text").asText(), parts, links));
    }
    return out;
  }
}
