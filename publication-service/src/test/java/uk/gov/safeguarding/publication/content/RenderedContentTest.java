package uk.gov.safeguarding.publication.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.platform.hashing.Sha256;

class RenderedContentTest {
  static final IndicatorMeta RATE = new IndicatorMeta("referral-rate", "Referrals, per 10,000 \"children\" – ü", "activity", "rate per 10,000 children", 1, "NO_JUDGEMENT", "test");
  static final IndicatorMeta COUNT = new IndicatorMeta("plans", "Children on a plan", "plans", "count", 0, "NO_JUDGEMENT", null);

  static DataRow row(String indicator, String area, String level, String period, String value, String status) {
    BigDecimal v = value == null ? null : new BigDecimal(value);
    return new DataRow(period, level, area, level.equals("Local authority") ? "301" : null, "Area \"" + area + "\"", level.equals("National") ? null : "E12000007",
        indicator, v, status, v == null ? null : new BigDecimal("1230"), v == null ? null : new BigDecimal("60000"), v, v, null, v, "SIMILAR", null, "HIGHER", "computed");
  }

  static DataSetContent content(String latest, String barkingValue) {
    List<DataRow> rows = new ArrayList<>();
    for (String period : List.of("2015-16", "2016-17", latest)) {
      rows.add(row("referral-rate", "E92000001", "National", period, "510.3", null));
      rows.add(row("referral-rate", "E09000002", "Local authority", period, period.equals(latest) ? barkingValue : "205.7", null));
      rows.add(row("referral-rate", "E09000003", "Local authority", period, null, "c"));
      rows.add(row("plans", "E09000002", "Local authority", period, "1E+1", null));
    }
    return new DataSetContent(List.of(RATE, COUNT), rows);
  }

  @Test
  void hashesAndRendersExactlyTheCanonicalJsonOfTheWholeContent() {
    DataSetContent c = content("2024-25", "205.666");
    RenderedContent rendered = RenderedContent.of(c);
    assertThat(rendered.canonical()).isEqualTo(ContentCodec.canonical(c));
    assertThat(rendered.hash()).isEqualTo(ContentCodec.hash(c));
    assertThat(RenderedContent.empty().hash()).isEqualTo(ContentCodec.hash(DataSetContent.empty()));
  }

  @Test
  void contentBuiltFromAnEarlierRenderingHashesAsIfRenderedFromScratch() {
    DataSetContent first = content("2024-25", "205.666");
    RenderedContent previous = RenderedContent.of(first);
    List<DataRow> rows = new ArrayList<>(first.rows().stream().filter(r -> !r.timePeriod().equals("2024-25")).toList());
    rows.addAll(content("2024-25", "210.04").rows().stream().filter(r -> r.timePeriod().equals("2024-25")).toList());
    DataSetContent next = new DataSetContent(first.indicators(), rows);

    RenderedContent reused = RenderedContent.of(next, previous);
    assertThat(reused.hash()).isEqualTo(ContentCodec.hash(next)).isNotEqualTo(previous.hash());
    assertThat(reused.canonical()).isEqualTo(ContentCodec.canonical(next));
    assertThat(reused.partHashes()).as("part hashes, partly inherited").isEqualTo(RenderedContent.of(next).partHashes());
  }

  @Test
  void onlyThePartsOfChangedPeriodsGetNewHashes() {
    RenderedContent before = RenderedContent.of(content("2024-25", "205.666"));
    RenderedContent after = RenderedContent.of(content("2024-25", "210.04"), before);
    assertThat(before.partHashes()).containsOnlyKeys("indicators", "period/2015-16", "period/2016-17", "period/2024-25");
    Map<String, String> changed = new LinkedHashMap<>(after.partHashes());
    changed.entrySet().removeIf(e -> e.getValue().equals(before.partHashes().get(e.getKey())));
    assertThat(changed).containsOnlyKeys("period/2024-25");
  }

  @Test
  void partsReadBackToTheSameContent() {
    DataSetContent c = content("2024-25", "205.666");
    RenderedContent rendered = RenderedContent.of(c);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    rendered.partHashes().keySet().forEach(name -> parts.put(name, rendered.part(name)));
    parts.forEach((name, bytes) -> assertThat(Sha256.hex(bytes)).isEqualTo(rendered.partHashes().get(name)));
    DataSetContent read = RenderedContent.fromParts(parts);
    assertThat(read).isEqualTo(c);
    assertThat(ContentCodec.hash(read)).isEqualTo(rendered.hash());
  }

  @Test
  void aDraftChangedInOnePeriodIsReadFromThatPartAndTheEarlierRenderingOfTheOthers() {
    RenderedContent earlier = RenderedContent.of(content("2024-25", "205.666"));
    RenderedContent replaced = RenderedContent.of(content("2024-25", "210.04")); // as another replica stored it
    Map<String, String> stored = replaced.partHashes();

    List<String> differing = earlier.partsDifferingFrom(stored);
    Map<String, byte[]> read = new LinkedHashMap<>();
    differing.forEach(name -> read.put(name, replaced.part(name)));
    RenderedContent followed = RenderedContent.fromParts(earlier, stored, read);

    assertThat(differing).containsExactly("period/2024-25");
    assertThat(followed.hash()).isEqualTo(replaced.hash());
    assertThat(followed.canonical()).isEqualTo(replaced.canonical());
    assertThat(followed.partHashes()).isEqualTo(stored);
    assertThat(followed.content().rows()).filteredOn(r -> r.timePeriod().equals("2015-16"))
        .allSatisfy(r -> assertThat(earlier.content().rows()).anyMatch(e -> e == r)); // unchanged periods keep their rows
  }

  @Test
  void aDraftWithANewPeriodOrNewIndicatorsReadsThoseParts() {
    RenderedContent earlier = RenderedContent.of(content("2024-25", "205.666"));
    DataSetContent wider = new DataSetContent(List.of(RATE, COUNT, new IndicatorMeta("new-one", "New", "activity", "count", 0, "NO_JUDGEMENT", null)),
        content("2025-26", "300.1").rows());
    RenderedContent replaced = RenderedContent.of(wider);
    Map<String, String> stored = replaced.partHashes();
    Map<String, byte[]> read = new LinkedHashMap<>();
    earlier.partsDifferingFrom(stored).forEach(name -> read.put(name, replaced.part(name)));

    RenderedContent followed = RenderedContent.fromParts(earlier, stored, read);

    assertThat(read.keySet()).containsExactlyInAnyOrder("indicators", "period/2025-26");
    assertThat(followed.canonical()).isEqualTo(replaced.canonical());
    assertThat(followed.content().rows()).noneMatch(r -> r.timePeriod().equals("2024-25")); // a period dropped from the stored parts is gone
  }
}
