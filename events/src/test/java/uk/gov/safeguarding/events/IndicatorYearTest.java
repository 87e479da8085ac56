package uk.gov.safeguarding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.IndicatorsChanged.Kind;
import uk.gov.safeguarding.events.IndicatorsChanged.ValueKey;

class IndicatorYearTest {
  private static final Instant AT = Instant.parse("2026-05-02T07:00:00Z");
  private static final List<IndicatorDefinition> DEFINITIONS = List.of(
      new IndicatorDefinition("referral-rate", "Referrals per 10,000 children", "activity", "rate per 10,000 children aged 0-17", 1, "NO_JUDGEMENT", "CIN census", "N1"),
      new IndicatorDefinition("cpp-rate", "Child protection plans per 10,000 children", "activity", "rate per 10,000 children aged 0-17", 1, "NO_JUDGEMENT", "CIN census", "N9"));

  @Test
  void theContentHashIsSha256OfTheDefinitionsAndTheValuesInCanonicalOrderAsEventJsonWritesThem() throws Exception {
    List<IndicatorValue> values = year(40, 1);
    List<IndicatorValue> canonical = values.stream()
        .sorted(Comparator.comparing(IndicatorValue::indicatorId).thenComparing(IndicatorValue::areaCode)).toList();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(EventJson.write(DEFINITIONS).getBytes(StandardCharsets.UTF_8));
    sha.update(EventJson.write(canonical).getBytes(StandardCharsets.UTF_8));

    assertThat(IndicatorYear.of(2025, DEFINITIONS, values).contentHash()).isEqualTo(HexFormat.of().formatHex(sha.digest()));
  }

  @Test
  void theOrderValuesArriveInDoesNotChangeTheContent() {
    List<IndicatorValue> values = new ArrayList<>(year(40, 1));
    IndicatorYear a = IndicatorYear.of(2025, DEFINITIONS, values);
    Collections.shuffle(values, new Random(7));
    IndicatorYear b = IndicatorYear.of(2025, DEFINITIONS, values);

    assertThat(b.contentHash()).isEqualTo(a.contentHash());
    assertThat(b.values()).isEqualTo(a.values());
  }

  @Test
  void changesCarryOnlyWhatChangedAndApplyingThemGivesTheNewContentExactly() {
    IndicatorYear before = IndicatorYear.of(2025, DEFINITIONS, year(40, 1));
    List<IndicatorValue> nextValues = new ArrayList<>(year(40, 1));
    nextValues.set(3, withValue(nextValues.get(3), "99.9"));
    nextValues.remove(10); // no longer computed
    nextValues.add(value("cpp-rate", "E06000099", "10.0")); // newly computed
    IndicatorYear after = before.next(DEFINITIONS, nextValues);

    IndicatorsChanged changes = before.changesTo(after, UUID.randomUUID(), AT, false);

    assertThat(changes.kind()).isEqualTo(Kind.CHANGES);
    assertThat(changes.baseContentHash()).isEqualTo(before.contentHash());
    assertThat(changes.contentHash()).isEqualTo(after.contentHash());
    assertThat(changes.values()).containsExactlyInAnyOrder(nextValues.get(3), value("cpp-rate", "E06000099", "10.0"));
    assertThat(changes.removed()).containsExactly(ValueKey.of(year(40, 1).get(10)));
    IndicatorYear applied = before.apply(EventJson.read(EventJson.write(changes), IndicatorsChanged.class));
    assertThat(applied.contentHash()).isEqualTo(after.contentHash());
    assertThat(applied.values()).isEqualTo(after.values());
  }

  @Test
  void aChainOfChangesFromASnapshotEndsAtTheSameContentAsASnapshotOfTheLastYear() {
    Random random = new Random(20261204);
    IndicatorYear producer = IndicatorYear.of(2025, DEFINITIONS, year(60, 1));
    IndicatorYear consumer = IndicatorYear.empty(2025).apply(producer.snapshot(UUID.randomUUID(), AT));
    for (int push = 0; push < 30; push++) {
      List<IndicatorValue> values = new ArrayList<>(producer.values());
      for (int k = 0; k < 5; k++) {
        int i = random.nextInt(values.size());
        values.set(i, withValue(values.get(i), String.valueOf(random.nextInt(5000) / 10.0)));
      }
      IndicatorYear next = producer.next(DEFINITIONS, values);
      consumer = consumer.apply(producer.changesTo(next, UUID.randomUUID(), AT, false));
      producer = next;
    }

    assertThat(consumer.contentHash()).isEqualTo(producer.contentHash());
    assertThat(consumer.values()).isEqualTo(producer.values());
  }

  @Test
  void theJsonKeptForAValueIsWhatEventJsonWritesForIt() {
    List<IndicatorValue> values = year(5, 1);
    IndicatorYear content = IndicatorYear.of(2025, DEFINITIONS, values);

    assertThat(values).allSatisfy(v -> assertThat(content.jsonOf(ValueKey.of(v))).isEqualTo(EventJson.write(v)));
    assertThat(content.jsonOf(new ValueKey("referral-rate", "E99999999"))).isNull();
  }

  @Test
  void changesApplyOnlyToTheirBase() {
    IndicatorYear a = IndicatorYear.of(2025, DEFINITIONS, year(10, 1));
    IndicatorYear b = IndicatorYear.of(2025, DEFINITIONS, year(10, 2));
    IndicatorsChanged fromA = a.changesTo(b, UUID.randomUUID(), AT, false);

    assertThat(b.canApply(fromA)).isFalse();
    assertThatThrownBy(() -> b.apply(fromA)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(a.contentHash());
    assertThat(b.canApply(a.snapshot(UUID.randomUUID(), AT))).isTrue();
  }

  @Test
  void aSnapshotReplacesWhateverWasHeld() {
    IndicatorYear held = IndicatorYear.of(2025, DEFINITIONS, year(10, 1));
    IndicatorYear other = IndicatorYear.of(2025, DEFINITIONS, year(25, 3));

    IndicatorYear applied = held.apply(other.snapshot(UUID.randomUUID(), AT));

    assertThat(applied.values()).isEqualTo(other.values());
    assertThat(applied.contentHash()).isEqualTo(other.contentHash());
  }

  @Test
  void twoValuesForTheSameIndicatorAndAreaAreRejected() {
    IndicatorValue v = value("referral-rate", "E09000002", "1.0");

    assertThatThrownBy(() -> IndicatorYear.of(2025, DEFINITIONS, List.of(v, withValue(v, "2.0"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E09000002");
  }

  @Test
  void anEventForAnotherYearIsRejected() {
    IndicatorYear y2025 = IndicatorYear.of(2025, DEFINITIONS, year(5, 1));

    assertThatThrownBy(() -> IndicatorYear.empty(2024).apply(y2025.snapshot(UUID.randomUUID(), AT))).isInstanceOf(IllegalArgumentException.class);
  }

  /** Both indicators for {@code las} synthetic LAs, values scaled by {@code factor}. */
  private static List<IndicatorValue> year(int las, int factor) {
    List<IndicatorValue> out = new ArrayList<>();
    for (IndicatorDefinition d : DEFINITIONS) {
      for (int i = 0; i < las; i++) {
        out.add(value(d.id(), String.format("E06%06d", i), String.valueOf((i + 1) * factor * 1.5)));
      }
    }
    return out;
  }

  private static IndicatorValue value(String indicator, String area, String value) {
    return new IndicatorValue(indicator, area, null, "Area " + area, "LA", "2024-25", BigDecimal.TEN, BigDecimal.valueOf(1000),
        new BigDecimal(value), null, null, null, null, "SIMILAR", null, null);
  }

  private static IndicatorValue withValue(IndicatorValue v, String value) {
    return new IndicatorValue(v.indicatorId(), v.areaCode(), v.oldLaCode(), v.areaName(), v.areaLevel(), v.period(), v.numerator(),
        v.denominator(), new BigDecimal(value), v.lower95(), v.upper95(), v.lower998(), v.upper998(), v.comparedWithEngland(),
        v.comparedWithRegion(), v.comparedWithNeighbours());
  }
}
