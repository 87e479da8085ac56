package uk.gov.safeguarding.evidence.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.evidence.common.Theme;

/** The transcription of the December 2011 local questions. */
class CatalogueFileTest {
  private final CatalogueFile file = CatalogueSeed.read(new ObjectMapper());

  @Test
  void holdsTheTwelveLocalQuestionsOfTheThreeSectionsThatHaveThem() {
    Map<Theme, List<String>> byTheme =
        file.questions().stream().collect(Collectors.groupingBy(CatalogueFile.Entry::theme, Collectors.mapping(CatalogueFile.Entry::id, Collectors.toList())));
    assertThat(byTheme.get(Theme.OUTCOMES)).hasSize(7);
    assertThat(byTheme.get(Theme.WORKFORCE)).hasSize(3);
    assertThat(byTheme.get(Theme.DECISION_MAKING)).hasSize(2);
    assertThat(file.questions()).extracting(CatalogueFile.Entry::id).doesNotHaveDuplicates();
  }

  @Test
  void keepsSubPartsAndFollowUpsWithUniqueKeys() {
    for (CatalogueFile.Entry q : file.questions()) {
      Set<String> keys = new HashSet<>();
      q.parts().forEach(p -> assertThat(keys.add(p.key())).as(q.id() + " " + p.key()).isTrue());
      q.followUps().forEach(p -> assertThat(keys.add(p.key())).as(q.id() + " " + p.key()).isTrue());
      assertThat(q.text()).startsWith("How ");
    }
    int parts = file.questions().stream().mapToInt(q -> q.parts().size()).sum();
    int followUps = file.questions().stream().mapToInt(q -> q.followUps().size()).sum();
    assertThat(parts).isEqualTo(3 + 4 + 10 + 3);
    assertThat(followUps).isEqualTo(2 + 1 + 1 + 1);
  }

  @Test
  void attributesTheSource() {
    assertThat(file.source().attribution()).contains("Department for Education").contains("2011-12-13").contains("Open Government Licence");
  }
}
