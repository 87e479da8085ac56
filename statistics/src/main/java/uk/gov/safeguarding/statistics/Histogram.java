package uk.gov.safeguarding.statistics;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A distribution of whole-number durations (e.g. working days) given as value to frequency, with
 * quantiles computed as R's default (type 7) and Excel's PERCENTILE.INC do, without expanding the
 * data: h = (N - 1) p, interpolating between the order statistics floor(h) and floor(h) + 1.
 */
public final class Histogram {
  private final NavigableMap<Integer, Long> cumulative = new TreeMap<>();
  private final long total;

  public Histogram(Map<Integer, Long> frequencies) {
    long running = 0;
    for (Map.Entry<Integer, Long> e : new TreeMap<>(frequencies).entrySet()) {
      if (e.getValue() == null || e.getValue() < 0) {
        throw new IllegalArgumentException("frequencies must be zero or more");
      }
      if (e.getValue() == 0) {
        continue;
      }
      running += e.getValue();
      cumulative.put(e.getKey(), running);
    }
    this.total = running;
  }

  public long total() {
    return total;
  }

  /** Number of cases with a value in [from, to] (inclusive; to may be Integer.MAX_VALUE). */
  public long countBetween(int from, int to) {
    long atOrBelowTo = cumulativeAtOrBelow(to);
    long belowFrom = from == Integer.MIN_VALUE ? 0 : cumulativeAtOrBelow(from - 1);
    return atOrBelowTo - belowFrom;
  }

  /** The p-quantile (0..1), or NaN for an empty distribution. */
  public double quantile(double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("p must be between 0 and 1");
    }
    if (total == 0) {
      return Double.NaN;
    }
    double h = (total - 1) * p;
    long lowIndex = (long) Math.floor(h); // 0-based order statistic
    double fraction = h - lowIndex;
    int low = orderStatistic(lowIndex);
    if (fraction == 0 || lowIndex + 1 >= total) {
      return low;
    }
    int high = orderStatistic(lowIndex + 1);
    return low + fraction * (high - low);
  }

  public double median() {
    return quantile(0.5);
  }

  private int orderStatistic(long zeroBasedIndex) {
    for (Map.Entry<Integer, Long> e : cumulative.entrySet()) {
      if (e.getValue() > zeroBasedIndex) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("index beyond the distribution");
  }

  private long cumulativeAtOrBelow(int value) {
    Map.Entry<Integer, Long> e = cumulative.floorEntry(value);
    return e == null ? 0 : e.getValue();
  }
}
