package uk.gov.safeguarding.statistics;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * A distribution of whole-number durations (e.g. working days) given as value to frequency, with
 * quantiles computed as R's default (type 7) and Excel's PERCENTILE.INC do, without expanding the
 * data: h = (N - 1) p, interpolating between the order statistics floor(h) and floor(h) + 1.
 * Immutable; stored as sorted distinct values with cumulative frequencies.
 */
public final class Histogram {
  private static final Histogram EMPTY = new Histogram(new int[0], new long[0]);

  private final int[] values;
  private final long[] cumulative;

  private Histogram(int[] values, long[] cumulative) {
    this.values = values;
    this.cumulative = cumulative;
  }

  public Histogram(Map<Integer, Long> frequencies) {
    int[] keys = new int[frequencies.size()];
    int n = 0;
    for (Map.Entry<Integer, Long> e : frequencies.entrySet()) {
      if (e.getValue() == null || e.getValue() < 0) {
        throw new IllegalArgumentException("frequencies must be zero or more");
      }
      if (e.getValue() > 0) {
        keys[n++] = e.getKey();
      }
    }
    keys = Arrays.copyOf(keys, n);
    Arrays.sort(keys);
    long[] cum = new long[n];
    long running = 0;
    for (int i = 0; i < n; i++) {
      running += frequencies.get(keys[i]);
      cum[i] = running;
    }
    this.values = keys;
    this.cumulative = cum;
  }

  public static Histogram empty() {
    return EMPTY;
  }

  /** The distribution of the pooled cases of several distributions. */
  public static Histogram merge(Collection<Histogram> parts) {
    int size = 0;
    for (Histogram h : parts) {
      size += h.values.length;
    }
    if (size == 0) {
      return EMPTY;
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (Histogram h : parts) {
      if (h.values.length > 0) {
        min = Math.min(min, h.values[0]);
        max = Math.max(max, h.values[h.values.length - 1]);
      }
    }
    if ((long) max - min < DENSE_LIMIT) {
      return mergeDense(parts, min, max);
    }
    int[] all = new int[size];
    long[] freq = new long[size];
    int k = 0;
    for (Histogram h : parts) {
      for (int i = 0; i < h.values.length; i++) {
        all[k] = h.values[i];
        freq[k++] = h.cumulative[i] - (i == 0 ? 0 : h.cumulative[i - 1]);
      }
    }
    // sort (value, index) pairs packed in longs: the value in the high half keeps the order
    long[] order = new long[size];
    for (int i = 0; i < size; i++) {
      order[i] = ((long) all[i] << 32) | (i & 0xffffffffL);
    }
    Arrays.sort(order);
    int[] values = new int[size];
    long[] cum = new long[size];
    int n = 0;
    long running = 0;
    for (long packed : order) {
      int idx = (int) packed;
      running += freq[idx];
      if (n > 0 && values[n - 1] == all[idx]) {
        cum[n - 1] = running;
      } else {
        values[n] = all[idx];
        cum[n++] = running;
      }
    }
    return new Histogram(Arrays.copyOf(values, n), Arrays.copyOf(cum, n));
  }

  /** Value ranges up to this size are merged by counting into an array instead of sorting. */
  private static final long DENSE_LIMIT = 1 << 20;

  private static Histogram mergeDense(Collection<Histogram> parts, int min, int max) {
    long[] counts = new long[max - min + 1];
    for (Histogram h : parts) {
      long previous = 0;
      for (int i = 0; i < h.values.length; i++) {
        counts[h.values[i] - min] += h.cumulative[i] - previous;
        previous = h.cumulative[i];
      }
    }
    int n = 0;
    for (long c : counts) {
      if (c > 0) {
        n++;
      }
    }
    int[] values = new int[n];
    long[] cum = new long[n];
    long running = 0;
    int k = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        running += counts[i];
        values[k] = i + min;
        cum[k++] = running;
      }
    }
    return new Histogram(values, cum);
  }

  public long total() {
    return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
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
    long total = total();
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
    // first position whose cumulative count exceeds the index
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > zeroBasedIndex) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return values[lo];
  }

  private long cumulativeAtOrBelow(int value) {
    int i = Arrays.binarySearch(values, value);
    int pos = i >= 0 ? i : -i - 2; // last index with values[pos] <= value
    return pos < 0 ? 0 : cumulative[pos];
  }
}
