package uk.gov.safeguarding.indicator.computation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.MeasureCodes;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Updating a computed year after some LAs' measures change gives exactly what computing the year
 * from scratch gives: every value of every area and indicator, double for double, and every model.
 */
class IncrementalUpdateTest {
  private static final int YEAR = 2025;
  private final List<LocalAuthority> live = AreaDirectory.standard().liveAuthorities();
  private final YearCalculator calculator = YearCalculator.standard();

  @Test
  void aSequenceOfReturnsUpdatedIncrementallyEqualsAFromScratchRecomputeValueByValue() {
    Map<String, LaMeasures> measures = new HashMap<>(SyntheticMeasures.allLas(live, 7));
    LocalAuthority late = live.get(40);
    measures.remove(late.gssCode()); // has not reported yet
    YearCalculator.YearState state = calculator.computeState(YEAR, measures);
    assertEqualsFromScratch(state, measures);

    // one LA pushes a return: its referrals change
    LocalAuthority first = live.get(0);
    measures.put(first.gssCode(), withCount(measures.get(first.gssCode()), "REFERRALS", 4321));
    state = step(state, measures);

    // the same LA corrects it, and an LA in another region pushes in the same burst
    measures.put(first.gssCode(), withCount(measures.get(first.gssCode()), "REFERRALS", 1234));
    LocalAuthority other = live.get(100);
    measures.put(other.gssCode(), withCount(measures.get(other.gssCode()), "S47_ENQUIRIES", 3));
    state = step(state, measures);

    // an LA that had not reported appears
    measures.put(late.gssCode(), SyntheticMeasures.allLas(List.of(late), 99).get(late.gssCode()));
    state = step(state, measures);

    // a count goes missing (its population is withdrawn) and another LA's count drops to zero
    LocalAuthority withdrawn = live.get(7);
    measures.put(withdrawn.gssCode(), without(measures.get(withdrawn.gssCode()), "POPULATION_0_17"));
    LocalAuthority zero = live.get(8);
    measures.put(zero.gssCode(), withCount(measures.get(zero.gssCode()), "CPP_STARTS", 0));
    state = step(state, measures);

    // a whole source goes (the LA's CIN census is withdrawn); then only a day distribution changes
    LocalAuthority noCensus = live.get(20);
    LaMeasures m = measures.get(noCensus.gssCode());
    Set<String> sources = new HashSet<>(m.sources());
    sources.remove("CIN_CENSUS");
    measures.put(noCensus.gssCode(), new LaMeasures(m.laCode(), sources, m.counts(), m.distributions()));
    state = step(state, measures);
    LocalAuthority days = live.get(21);
    LaMeasures d = measures.get(days.gssCode());
    Map<String, Map<Integer, Long>> distributions = new HashMap<>(d.distributions());
    distributions.put("DAYS_REFERRAL_TO_ASSESSMENT", Map.of(1, 5L, 90, 7L));
    measures.put(days.gssCode(), new LaMeasures(d.laCode(), d.sources(), d.counts(), distributions));
    state = step(state, measures);

    // a free-school-meals upload moves the expected-value model for every LA
    LocalAuthority fsm = live.get(60);
    measures.put(fsm.gssCode(), withCount(measures.get(fsm.gssCode()), MeasureCodes.FSM_ELIGIBLE_PRIMARY, 9000));
    state = step(state, measures);

    // an LA leaves entirely, and nothing changes at all
    measures.remove(live.get(61).gssCode());
    state = step(state, measures);
    state = step(state, measures);
  }

  @Test
  void anLasChangeReachesTheNeighbourAveragesOfEveryLaThatListsIt() {
    Map<String, LaMeasures> measures = new HashMap<>(SyntheticMeasures.allLas(live, 11));
    YearCalculator.YearState state = calculator.computeState(YEAR, measures);
    LocalAuthority pushing = live.get(3);
    List<String> readers = live.stream()
        .filter(la -> AreaDirectory.standard().neighbours(la.gssCode()).stream().anyMatch(n -> n.la().gssCode().equals(pushing.gssCode())))
        .map(LocalAuthority::gssCode)
        .toList();
    assertThat(readers).as("LAs listing %s as a neighbour", pushing.name()).isNotEmpty();

    measures.put(pushing.gssCode(), withCount(measures.get(pushing.gssCode()), "REFERRALS", 50_000));
    YearCalculator.YearState updated = step(state, measures);

    for (String reader : readers) {
      assertThat(neighbours(updated, reader)).as("referral-rate neighbour average of %s", reader).isNotEqualTo(neighbours(state, reader));
    }
  }

  private static Double neighbours(YearCalculator.YearState state, String laGss) {
    return state.result().values().stream()
        .filter(v -> v.indicatorId().equals("referral-rate") && v.areaCode().equals(laGss))
        .findFirst().orElseThrow().neighboursValue();
  }

  private YearCalculator.YearState step(YearCalculator.YearState previous, Map<String, LaMeasures> measures) {
    YearCalculator.YearState next = calculator.update(previous, measures);
    assertEqualsFromScratch(next, measures);
    return next;
  }

  /** A separate calculator, so nothing is shared with the incremental one. */
  private static void assertEqualsFromScratch(YearCalculator.YearState incremental, Map<String, LaMeasures> measures) {
    YearResult full = YearCalculator.standard().compute(YEAR, measures);
    assertSameResult(incremental.result(), full);
  }

  static void assertSameResult(YearResult actual, YearResult expected) {
    assertThat(actual.values()).as("number of values").hasSameSizeAs(expected.values());
    for (int i = 0; i < expected.values().size(); i++) {
      ComputedValue e = expected.values().get(i);
      assertThat(actual.values().get(i)).as("%s of %s", e.indicatorId(), e.areaCode()).isEqualTo(e);
    }
    assertThat(actual.models()).isEqualTo(expected.models());
    assertThat(actual).isEqualTo(expected);
  }

  private static LaMeasures withCount(LaMeasures m, String code, double value) {
    Map<String, Double> counts = new HashMap<>(m.counts());
    counts.put(code, value);
    return new LaMeasures(m.laCode(), m.sources(), counts, m.distributions());
  }

  private static LaMeasures without(LaMeasures m, String code) {
    Map<String, Double> counts = new HashMap<>(m.counts());
    counts.remove(code);
    return new LaMeasures(m.laCode(), m.sources(), counts, m.distributions());
  }
}
