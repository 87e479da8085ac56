package uk.gov.safeguarding.indicator.localquestions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.indicator.catalogue.Theme;

/** Lines of enquiry name the local questions of their theme, with parts, text and the LA's evidence. */
class LocalQuestionCatalogueTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // the shape of local-evidence-service's GET /v1/questions (texts abridged from the 2011 catalogue)
  private static final String CATALOGUE = """
      {"questions": [
        {"id": "OUT-1", "theme": "OUTCOMES", "relatedThemes": [], "status": "ACTIVE",
         "text": "How do you know how safe the children and young people engaged with children's social care services in your area feel:",
         "parts": [{"key": "a", "text": "At home"}, {"key": "b", "text": "At school"}],
         "followUps": [{"key": "f1", "text": "What is done as a result?"}]},
        {"id": "WF-2", "theme": "WORKFORCE", "relatedThemes": ["ACTIVITY"], "status": "ACTIVE",
         "text": "How do you know that key professionals within:", "parts": [{"key": "a", "text": "The police"}], "followUps": []},
        {"id": "TQ-2", "theme": "DECISION_MAKING", "relatedThemes": ["PLANS"], "status": "ACTIVE",
         "text": "How do you know that the time from ICPC to the first core group is reasonable?", "parts": [], "followUps": []},
        {"id": "OLD-1", "theme": "OUTCOMES", "relatedThemes": [], "status": "RETIRED", "text": "Retired", "parts": [], "followUps": []}
      ]}""";

  private static final String EVIDENCE = """
      [{"id": "0d6f5c1e-0000-4000-8000-000000000001", "questionId": "OUT-1", "period": "2025-26", "status": "REVIEWED", "parts": ["a"]},
       {"id": "0d6f5c1e-0000-4000-8000-000000000002", "questionId": "WF-1", "period": "2025-26", "status": "DRAFT", "parts": []}]""";

  private static List<LocalQuestion> of(String theme) throws Exception {
    JsonNode catalogue = JSON.readTree(CATALOGUE);
    JsonNode evidence = JSON.readTree(EVIDENCE);
    return LocalQuestionCatalogue.ofTheme(theme, catalogue, evidence, "http://evidence", "301");
  }

  @Test
  void namesTheThemesQuestionsWithPartsTextAndTheLasEvidence() throws Exception {
    List<LocalQuestion> outcomes = of("outcomes");
    assertThat(outcomes).extracting(LocalQuestion::questionId).containsExactly("OUT-1");
    LocalQuestion q = outcomes.get(0);
    assertThat(q.text()).startsWith("How do you know how safe");
    assertThat(q.parts()).extracting(LocalQuestion.Part::key).containsExactly("a", "b", "f1");
    assertThat(q.parts()).filteredOn(LocalQuestion.Part::followUp).extracting(LocalQuestion.Part::key).containsExactly("f1");
    assertThat(q.evidence()).singleElement().satisfies(e -> {
      assertThat(e.parts()).containsExactly("a");
      assertThat(e.href()).isEqualTo("http://evidence/v1/local-authorities/301/evidence/0d6f5c1e-0000-4000-8000-000000000001");
    });
  }

  @Test
  void themesWithoutQuestionsOfTheirOwnGetTheQuestionsCrossReferredToThem() throws Exception {
    assertThat(of("activity")).extracting(LocalQuestion::questionId).containsExactly("WF-2");
    assertThat(of("plans")).extracting(LocalQuestion::questionId).containsExactly("TQ-2");
    assertThat(of("timeliness")).extracting(LocalQuestion::questionId).containsExactly("TQ-2");
    assertThat(of("workforce").get(0).evidence()).isEmpty();
  }

  @Test
  void theLineOfEnquiryNamesTheQuestionIdsAndParts() throws Exception {
    Theme outcomes = new Theme("outcomes", "Outcomes for children and young people and their families");
    assertThat(uk.gov.safeguarding.indicator.areas.EnquiryWording.ask(outcomes, of("outcomes")))
        .isEqualTo("What do local questions OUT-1 (a, b) on outcomes for children and young people and their families tell us?");
    assertThat(uk.gov.safeguarding.indicator.areas.EnquiryWording.ask(outcomes, List.of()))
        .isEqualTo("What do the local questions on outcomes for children and young people and their families tell us?");
  }
}
