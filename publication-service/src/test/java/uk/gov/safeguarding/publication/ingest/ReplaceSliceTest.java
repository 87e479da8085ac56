package uk.gov.safeguarding.publication.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.publication.content.ContentCodec;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
import uk.gov.safeguarding.publication.content.RenderedContent;

/** A snapshot replacing its year's slice of the working draft (pure, no Quarkus). */
class ReplaceSliceTest {
  private static final IndicatorMeta REFERRALS = new IndicatorMeta("referrals-rate", "Referrals", "CIN", "per 10,000", 1, "neutral", "CIN census", "N1");

  @Test
  void anUnchangedValueKeepsTheWorkingRowSoOnlyChangedRowsAreRenderedAgain() {
    DataRow olderYear = row("2023-24", "E09000002", "500.0");
    DataRow unchanged = row("2024-25", "E09000002", "510.0");
    DataRow changed = row("2024-25", "E09000003", "400.0");
    DataSetContent working = new DataSetContent(List.of(REFERRALS), List.of(olderYear, unchanged, changed));
    DataRow sameValueAgain = row("2024-25", "E09000002", "510.0");
    DataRow newValue = row("2024-25", "E09000003", "420.0");

    DataSetContent next = SnapshotMapping.replaceSlice(working, new DataSetContent(List.of(REFERRALS), List.of(sameValueAgain, newValue)));

    assertThat(next.rows()).containsExactly(olderYear, unchanged, newValue);
    assertThat(next.rows().get(1)).isSameAs(unchanged);
    assertThat(next.rows().get(2)).isSameAs(newValue);
  }

  @Test
  void theDraftHashIsTheOneOfTheContentRenderedFromScratch() {
    DataSetContent working = new DataSetContent(List.of(REFERRALS),
        List.of(row("2023-24", "E09000002", "500.0"), row("2024-25", "E09000002", "510.0"), row("2024-25", "E09000003", "400.0")));
    RenderedContent draft = RenderedContent.of(working);
    DataSetContent slice = new DataSetContent(List.of(REFERRALS), List.of(row("2024-25", "E09000002", "510.0"), row("2024-25", "E09000003", "420.0")));

    RenderedContent next = RenderedContent.of(SnapshotMapping.replaceSlice(draft.content(), slice), draft);

    assertThat(next.hash()).isEqualTo(ContentCodec.hash(next.content()));
    assertThat(next.hash()).isNotEqualTo(draft.hash());
    assertThat(next.partHashes()).isEqualTo(RenderedContent.of(next.content()).partHashes());
  }

  @Test
  void aValueEqualInNumberButNotInScaleIsTakenFromTheSnapshot() {
    DataRow working = row("2024-25", "E09000002", "510.0");
    DataRow rescaled = row("2024-25", "E09000002", "510.00");

    DataSetContent next = SnapshotMapping.replaceSlice(
        new DataSetContent(List.of(REFERRALS), List.of(working)), new DataSetContent(List.of(REFERRALS), List.of(rescaled)));

    assertThat(next.rows().get(0)).isSameAs(rescaled); // rendered "510.00", not the working row's "510.0"
  }

  private static DataRow row(String period, String area, String value) {
    return new DataRow(period, "Local authority", area, null, "LA " + area, "E12000007", REFERRALS.id(), new BigDecimal(value), null,
        null, null, null, null, null, null, null, null, null, "computed");
  }
}
