package uk.gov.safeguarding.evidence.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.LocalMeasuresPublished.LocalMeasure;

class PublicMeasureSetTest {
  private static PublicMeasureSet.Candidate c(String id, boolean isPublic, String visibility, String status, String numerator) {
    return new PublicMeasureSet.Candidate(id, "t", "OUT-1", "OUTCOMES", "survey", new BigDecimal(numerator), new BigDecimal("240"), "percent", isPublic, visibility, status);
  }

  @Test
  void onlyPublicMeasuresOfPublicNonDraftRecordsArePublished() {
    List<LocalMeasure> set =
        PublicMeasureSet.select(
            List.of(
                c("b-home", true, "PUBLIC", "SUBMITTED", "198"),
                c("a-school", true, "PUBLIC", "REVIEWED", "150"),
                c("draft", true, "PUBLIC", "DRAFT", "1"),
                c("not-marked", false, "PUBLIC", "REVIEWED", "1"),
                c("regional", true, "REGION", "REVIEWED", "1")));
    assertThat(set).extracting(LocalMeasure::measureId).containsExactly("a-school", "b-home");
  }

  @Test
  void equalNumbersWrittenDifferentlyGiveTheSameSetSoNoSpuriousRevision() {
    assertThat(PublicMeasureSet.select(List.of(c("m", true, "PUBLIC", "SUBMITTED", "198.00"))))
        .isEqualTo(PublicMeasureSet.select(List.of(c("m", true, "PUBLIC", "SUBMITTED", "198"))));
    assertThat(PublicMeasureSet.normalise(new BigDecimal("1.50E+2")).toPlainString()).isEqualTo("150");
  }

  @Test
  void findsAMeasurePublishedTwice() {
    assertThat(PublicMeasureSet.duplicate(PublicMeasureSet.select(List.of(c("m", true, "PUBLIC", "SUBMITTED", "1"), c("m", true, "PUBLIC", "REVIEWED", "2")))))
        .isEqualTo("m");
    assertThat(PublicMeasureSet.duplicate(PublicMeasureSet.select(List.of(c("m", true, "PUBLIC", "SUBMITTED", "1"))))).isNull();
  }
}
