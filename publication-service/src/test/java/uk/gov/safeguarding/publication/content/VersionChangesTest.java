package uk.gov.safeguarding.publication.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionChangesTest {
  static final IndicatorMeta RATE = new IndicatorMeta("referral-rate", "Referral rate", "Referrals", "rate per 10,000 children", 1, "NO_JUDGEMENT", "test");
  static final IndicatorMeta S47 = new IndicatorMeta("s47-rate", "S47 rate", "Child protection", "rate per 10,000 children", 1, "NO_JUDGEMENT", "test");

  static DataRow row(String indicator, String area, String period, String value) {
    return new DataRow(period, "Local authority", area, "301", "LA", "E12000007", indicator, new BigDecimal(value), null, null, null, null, null, null, null, null, null, null, null);
  }

  static final DataSetContent BASE = new DataSetContent(List.of(RATE), List.of(row("referral-rate", "E09000002", "2023-24", "500.1"), row("referral-rate", "E09000003", "2023-24", "300.0")));

  @Test
  void identicalContentNeedsNoNewVersion() {
    assertThat(VersionChanges.between(BASE, new DataSetContent(BASE.indicators(), BASE.rows())).bump()).isEqualTo(VersionChanges.Bump.NONE);
  }

  @Test
  void addingAPeriodIsMinor() {
    var next = new DataSetContent(List.of(RATE), List.of(BASE.rows().get(0), BASE.rows().get(1), row("referral-rate", "E09000002", "2024-25", "510.0")));
    VersionChanges changes = VersionChanges.between(BASE, next);
    assertThat(changes.bump()).isEqualTo(VersionChanges.Bump.MINOR);
    assertThat(changes.changes()).extracting(VersionChanges.Change::kind, VersionChanges.Change::item, VersionChanges.Change::id)
        .contains(org.assertj.core.groups.Tuple.tuple("added", "period", "2024-25"), org.assertj.core.groups.Tuple.tuple("added", "value", "referral-rate|E09000002|2024-25"));
    assertThat(VersionChanges.next("1.3.2", changes.bump())).isEqualTo("1.4.0");
  }

  @Test
  void aChangedValueIsMinorWithBeforeAndAfter() {
    var next = new DataSetContent(List.of(RATE), List.of(row("referral-rate", "E09000002", "2023-24", "501.0"), BASE.rows().get(1)));
    VersionChanges changes = VersionChanges.between(BASE, next);
    assertThat(changes.bump()).isEqualTo(VersionChanges.Bump.MINOR);
    assertThat(changes.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("changed");
      assertThat(((DataRow) c.before()).value()).isEqualByComparingTo("500.1");
      assertThat(((DataRow) c.after()).value()).isEqualByComparingTo("501.0");
    });
  }

  @Test
  void removingAnAreaOrIndicatorIsMajor() {
    var lessArea = new DataSetContent(List.of(RATE), List.of(BASE.rows().get(0)));
    assertThat(VersionChanges.between(BASE, lessArea).bump()).isEqualTo(VersionChanges.Bump.MAJOR);
    var withS47 = new DataSetContent(List.of(RATE, S47), List.of(BASE.rows().get(0), BASE.rows().get(1), row("s47-rate", "E09000002", "2023-24", "90.0")));
    assertThat(VersionChanges.between(withS47, BASE).bump()).isEqualTo(VersionChanges.Bump.MAJOR);
    assertThat(VersionChanges.next("1.3.2", VersionChanges.Bump.MAJOR)).isEqualTo("2.0.0");
  }

  @Test
  void aMetadataOnlyFixIsPatch() {
    IndicatorMeta retitled = new IndicatorMeta("referral-rate", "Referrals per 10,000 children", "Referrals", "rate per 10,000 children", 1, "NO_JUDGEMENT", "test");
    var next = new DataSetContent(List.of(retitled), BASE.rows());
    assertThat(VersionChanges.between(BASE, next).bump()).isEqualTo(VersionChanges.Bump.PATCH);
    assertThat(VersionChanges.next("1.3.2", VersionChanges.Bump.PATCH)).isEqualTo("1.3.3");
    assertThat(VersionChanges.next(null, VersionChanges.Bump.MINOR)).isEqualTo("1.0.0");
  }

  @Test
  void theQuickBumpOfANewDraftAgreesWithTheFullChangeLogInEveryCase() {
    IndicatorMeta retitled = new IndicatorMeta("referral-rate", "Referrals per 10,000 children", "Referrals", "rate per 10,000 children", 1, "NO_JUDGEMENT", "test");
    var withS47 = new DataSetContent(List.of(RATE, S47), List.of(BASE.rows().get(0), BASE.rows().get(1), row("s47-rate", "E09000002", "2023-24", "90.0")));
    var withEmptyIndicator = new DataSetContent(List.of(RATE, S47), BASE.rows());
    var newPeriod = new DataSetContent(List.of(RATE), List.of(BASE.rows().get(0), BASE.rows().get(1), row("referral-rate", "E09000002", "2024-25", "510.0")));
    var periodReplaced = new DataSetContent(List.of(RATE), List.of(row("referral-rate", "E09000002", "2024-25", "510.0"), row("referral-rate", "E09000003", "2024-25", "300.0")));
    var changedValue = new DataSetContent(List.of(RATE), List.of(row("referral-rate", "E09000002", "2023-24", "501.0"), BASE.rows().get(1)));
    var sameValueOtherScale = new DataSetContent(List.of(RATE), List.of(row("referral-rate", "E09000002", "2023-24", "500.10"), BASE.rows().get(1)));
    var lessArea = new DataSetContent(List.of(RATE), List.of(BASE.rows().get(0)));
    var metaOnly = new DataSetContent(List.of(retitled), BASE.rows());
    var same = new DataSetContent(BASE.indicators(), List.copyOf(BASE.rows()));
    List<DataSetContent> all = List.of(BASE, withS47, withEmptyIndicator, newPeriod, periodReplaced, changedValue, sameValueOtherScale, lessArea, metaOnly, same, DataSetContent.empty());
    for (DataSetContent before : all) {
      for (DataSetContent after : all) {
        assertThat(VersionChanges.bump(before, after)).as("%s -> %s", before, after).isEqualTo(VersionChanges.between(before, after).bump());
      }
    }
  }
}
