package uk.gov.safeguarding.publication.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a data set, and the semantic version bump it calls for
 * (EES rules): <b>major</b> when an indicator, area or period is removed; <b>minor</b> when data
 * are added or values change; <b>patch</b> when only metadata (indicator titles, units, themes)
 * change; <b>none</b> when the content is identical.
 */
public record VersionChanges(Bump bump, List<Change> changes) {

  public enum Bump {
    NONE,
    PATCH,
    MINOR,
    MAJOR
  }

  /**
   * One change.
   *
   * @param kind added, removed or changed
   * @param item indicator, area, period or value
   * @param id the indicator id, area code, period, or value key (indicator|area|period)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Change(String kind, String item, String id, Object before, Object after) {}

  public static VersionChanges between(DataSetContent before, DataSetContent after) {
    List<Change> changes = new ArrayList<>();
    boolean removed = false;
    boolean data = false;
    boolean meta = false;

    Map<String, IndicatorMeta> b = index(before.indicators(), IndicatorMeta::id);
    Map<String, IndicatorMeta> a = index(after.indicators(), IndicatorMeta::id);
    for (String id : union(b.keySet(), a.keySet())) {
      IndicatorMeta x = b.get(id);
      IndicatorMeta y = a.get(id);
      if (x == null) {
        changes.add(new Change("added", "indicator", id, null, y));
        data = true;
      } else if (y == null) {
        changes.add(new Change("removed", "indicator", id, x, null));
        removed = true;
      } else if (!x.equals(y)) {
        changes.add(new Change("changed", "indicator", id, x, y));
        meta = true;
      }
    }
    Set<String> areasBefore = before.rows().stream().map(DataRow::areaCode).collect(Collectors.toCollection(TreeSet::new));
    Set<String> areasAfter = after.rows().stream().map(DataRow::areaCode).collect(Collectors.toCollection(TreeSet::new));
    for (String area : union(areasBefore, areasAfter)) {
      if (!areasBefore.contains(area)) {
        changes.add(new Change("added", "area", area, null, area));
      } else if (!areasAfter.contains(area)) {
        changes.add(new Change("removed", "area", area, area, null));
        removed = true;
      }
    }
    Set<String> periodsBefore = before.rows().stream().map(DataRow::timePeriod).collect(Collectors.toCollection(TreeSet::new));
    Set<String> periodsAfter = after.rows().stream().map(DataRow::timePeriod).collect(Collectors.toCollection(TreeSet::new));
    for (String period : union(periodsBefore, periodsAfter)) {
      if (!periodsBefore.contains(period)) {
        changes.add(new Change("added", "period", period, null, period));
      } else if (!periodsAfter.contains(period)) {
        changes.add(new Change("removed", "period", period, period, null));
        removed = true;
      }
    }
    Map<String, DataRow> rb = index(before.rows(), DataRow::key);
    Map<String, DataRow> ra = index(after.rows(), DataRow::key);
    for (String key : union(rb.keySet(), ra.keySet())) {
      DataRow x = rb.get(key);
      DataRow y = ra.get(key);
      if (x == null) {
        changes.add(new Change("added", "value", key, null, y));
        data = true;
      } else if (y == null) {
        changes.add(new Change("removed", "value", key, x, null));
        data = true;
      } else if (!Objects.equals(x, y)) {
        changes.add(new Change("changed", "value", key, x, y));
        data = true;
      }
    }
    Bump bump = removed ? Bump.MAJOR : data ? Bump.MINOR : meta ? Bump.PATCH : Bump.NONE;
    return new VersionChanges(bump, changes);
  }

  /**
   * The bump {@link #between} would find, without listing the changes: what a new draft needs for
   * its number. Rows of both contents are in canonical order, so "any value added, removed or
   * changed" is a plain list comparison that stops at the first difference.
   */
  public static Bump bump(DataSetContent before, DataSetContent after) {
    Map<String, IndicatorMeta> b = index(before.indicators(), IndicatorMeta::id);
    Map<String, IndicatorMeta> a = index(after.indicators(), IndicatorMeta::id);
    if (!a.keySet().containsAll(b.keySet())
        || !distinct(after.rows(), DataRow::areaCode).containsAll(distinct(before.rows(), DataRow::areaCode))
        || !distinct(after.rows(), DataRow::timePeriod).containsAll(distinct(before.rows(), DataRow::timePeriod))) {
      return Bump.MAJOR;
    }
    if (!b.keySet().containsAll(a.keySet()) || !before.rows().equals(after.rows())) {
      return Bump.MINOR;
    }
    return b.equals(a) ? Bump.NONE : Bump.PATCH;
  }

  private static Set<String> distinct(List<DataRow> rows, Function<DataRow, String> field) {
    Set<String> values = new java.util.HashSet<>();
    String last = null;
    for (DataRow r : rows) {
      String v = field.apply(r);
      if (!v.equals(last)) { // rows come in runs of the same period and area: skip the hashing
        values.add(v);
        last = v;
      }
    }
    return values;
  }

  /** The next version after {@code base} (e.g. "1.2.0") for this bump; "1.0.0" with no base. */
  public static String next(String base, Bump bump) {
    if (base == null) {
      return "1.0.0";
    }
    int[] v = parse(base);
    return switch (bump) {
      case MAJOR -> (v[0] + 1) + ".0.0";
      case MINOR -> v[0] + "." + (v[1] + 1) + ".0";
      case PATCH, NONE -> v[0] + "." + v[1] + "." + (v[2] + 1);
    };
  }

  public static int[] parse(String version) {
    String[] parts = version.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("Not a semantic version: " + version);
    }
    return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(i -> map.put(key.apply(i), i));
    return map;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

}
