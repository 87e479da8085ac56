package uk.gov.safeguarding.ingestion.measures;

import static uk.gov.safeguarding.events.MeasureCodes.CPP_SECOND_OR_SUBSEQUENT;
import static uk.gov.safeguarding.events.MeasureCodes.CPP_SECOND_WITHIN_2_YEARS;
import static uk.gov.safeguarding.events.MeasureCodes.REREFERRALS_WITHIN_12_MONTHS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.gov.safeguarding.reference.period.CollectionYear;

/**
 * The counts of a collection year that depend on a child's history as well as on the return:
 * re-referrals within 12 months and second or subsequent plans. Derived from the children's
 * timelines (salted keys, referral dates, plan periods) and the LA's earlier history, so they
 * can be derived again without the return when that history changes.
 */
record HistoryCounts(long rereferrals, long secondPlans, long secondWithin2Years) {

  /** The three counts for the children of one return of {@code collectionYear}. */
  static HistoryCounts of(int collectionYear, List<MeasureAccumulator.ChildTimeline> timelines, MeasureAccumulator.History history) {
    CollectionYear period = CollectionYear.of(collectionYear);
    long rereferrals = 0;
    long secondPlans = 0;
    long secondWithin2Years = 0;
    for (MeasureAccumulator.ChildTimeline child : timelines) {
      TreeSet<LocalDate> referrals = new TreeSet<>(child.referralDates());
      referrals.addAll(history.referralDates(child.key()));
      for (LocalDate referral : child.referralDates()) {
        if (!period.contains(referral)) {
          continue;
        }
        LocalDate previous = referrals.lower(referral);
        if (previous != null && !previous.isBefore(referral.minusMonths(12))) {
          rereferrals++;
        }
      }
      Map<LocalDate, LocalDate> allPlans = new TreeMap<>();
      for (MeasureAccumulator.History.Plan p : history.plans(child.key())) {
        allPlans.merge(p.start(), p.end() == null ? LocalDate.MAX : p.end(), (a, b) -> a.isBefore(b) ? a : b);
      }
      for (MeasureAccumulator.PlanFact p : child.plans()) {
        allPlans.put(p.start(), p.end() == null ? LocalDate.MAX : p.end());
      }
      for (MeasureAccumulator.PlanFact plan : child.plans()) {
        if (!period.contains(plan.start())) {
          continue;
        }
        boolean earlier = allPlans.keySet().stream().anyMatch(s -> s.isBefore(plan.start()));
        if (earlier || (plan.numberOfPreviousCpp() != null && plan.numberOfPreviousCpp() > 0)) {
          secondPlans++;
        }
        boolean within2Years =
            allPlans.entrySet().stream()
                .filter(e -> e.getKey().isBefore(plan.start()))
                .map(Map.Entry::getValue)
                .anyMatch(end -> !end.isAfter(plan.start()) && !end.isBefore(plan.start().minusYears(2)));
        if (within2Years) {
          secondWithin2Years++;
        }
      }
    }
    return new HistoryCounts(rereferrals, secondPlans, secondWithin2Years);
  }

  /** These counts written over the same codes of {@code counts}. */
  void writeInto(Map<String, Long> counts) {
    counts.put(REREFERRALS_WITHIN_12_MONTHS, rereferrals);
    counts.put(CPP_SECOND_OR_SUBSEQUENT, secondPlans);
    counts.put(CPP_SECOND_WITHIN_2_YEARS, secondWithin2Years);
  }

  /** True when {@code counts} already hold these values. */
  boolean matches(Map<String, Long> counts) {
    return counts.getOrDefault(REREFERRALS_WITHIN_12_MONTHS, 0L) == rereferrals
        && counts.getOrDefault(CPP_SECOND_OR_SUBSEQUENT, 0L) == secondPlans
        && counts.getOrDefault(CPP_SECOND_WITHIN_2_YEARS, 0L) == secondWithin2Years;
  }
}
