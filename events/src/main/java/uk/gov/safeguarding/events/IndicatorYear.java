package uk.gov.safeguarding.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import uk.gov.safeguarding.events.IndicatorsChanged.Kind;
import uk.gov.safeguarding.events.IndicatorsChanged.ValueKey;

/**
 * One collection year's indicator content as {@link IndicatorsChanged} events carry it: the
 * definitions and every value, in canonical order (by indicator id, then area code), each value
 * with the JSON {@link EventJson} writes for it. The one implementation of what the events mean,
 * used by the producer (what changed since the last event) and by consumers (applying an event),
 * so both sides agree on the content and its hash.
 *
 * <p>The content hash is SHA-256 over the definitions' JSON followed by the values' JSON array in
 * canonical order, both exactly as EventJson writes the lists. A content built from an earlier
 * one reuses the JSON of every value that is equal to the earlier one's, so following a year from
 * event to event costs the size of the change plus one pass of the hash over the year's bytes.
 * Immutable.
 */
public final class IndicatorYear {
  public static final Comparator<ValueKey> ORDER = Comparator.comparing(ValueKey::indicatorId).thenComparing(ValueKey::areaCode);
  private static final byte[] OPEN = {'['};
  private static final byte[] COMMA = {','};
  private static final byte[] CLOSE = {']'};

  private final int collectionYear;
  private final List<IndicatorDefinition> definitions;
  private final byte[] definitionsJson;
  private final TreeMap<ValueKey, Rendered> values;
  private String hash;

  /** A value with its JSON as EventJson writes it. */
  private record Rendered(IndicatorValue value, byte[] json) {
    static Rendered of(IndicatorValue value) {
      return new Rendered(value, EventJson.write(value).getBytes(StandardCharsets.UTF_8));
    }
  }

  private IndicatorYear(int collectionYear, List<IndicatorDefinition> definitions, byte[] definitionsJson, TreeMap<ValueKey, Rendered> values) {
    this.collectionYear = collectionYear;
    this.definitions = List.copyOf(definitions);
    this.definitionsJson = definitionsJson;
    this.values = values;
  }

  /** The year of these definitions and values (any order; one value per indicator and area). */
  public static IndicatorYear of(int collectionYear, List<IndicatorDefinition> definitions, List<IndicatorValue> values) {
    return empty(collectionYear).next(definitions, values);
  }

  /** A year without definitions or values: what a consumer holds before a year's first snapshot. */
  public static IndicatorYear empty(int collectionYear) {
    return new IndicatorYear(collectionYear, List.of(), json(List.of()), new TreeMap<>(ORDER));
  }

  /**
   * The year with exactly these definitions and values, reusing this content's JSON of every
   * value that is unchanged.
   *
   * @throws IllegalArgumentException when two values name the same indicator and area
   */
  public IndicatorYear next(List<IndicatorDefinition> nextDefinitions, List<IndicatorValue> nextValues) {
    TreeMap<ValueKey, Rendered> out = new TreeMap<>(ORDER);
    for (IndicatorValue v : nextValues) {
      ValueKey key = ValueKey.of(v);
      Rendered before = values.get(key);
      if (out.put(key, before != null && before.value().equals(v) ? before : Rendered.of(v)) != null) {
        throw new IllegalArgumentException("Two values for " + key.indicatorId() + " in " + key.areaCode());
      }
    }
    return new IndicatorYear(collectionYear, nextDefinitions, definitionsJson(nextDefinitions), out);
  }

  /**
   * This year with an event applied: a snapshot replaces it, changes replace and add their values
   * and drop the removed ones.
   *
   * @throws IllegalArgumentException when the event is for another year, or is changes to a base
   *     other than this content ({@link #canApply} says which)
   */
  public IndicatorYear apply(IndicatorsChanged event) {
    if (event.collectionYear() != collectionYear) {
      throw new IllegalArgumentException("Event for " + event.collectionYear() + " applied to " + collectionYear);
    }
    if (event.kind() == Kind.SNAPSHOT) {
      return next(event.indicators(), event.values());
    }
    if (!canApply(event)) {
      throw new IllegalArgumentException("Changes to " + event.baseContentHash() + " applied to content " + contentHash());
    }
    TreeMap<ValueKey, Rendered> out = new TreeMap<>(values);
    for (ValueKey removed : event.removed()) {
      out.remove(removed);
    }
    for (IndicatorValue v : event.values()) {
      out.put(ValueKey.of(v), Rendered.of(v));
    }
    return new IndicatorYear(collectionYear, event.indicators(), definitionsJson(event.indicators()), out);
  }

  /** Whether {@link #apply} takes this event: a snapshot always, changes only to this content. */
  public boolean canApply(IndicatorsChanged event) {
    return event.kind() == Kind.SNAPSHOT || Objects.equals(event.baseContentHash(), contentHash());
  }

  /** What differs between two contents of a year: values added or changed (in canonical order), and the keys of values removed. */
  public record Difference(List<IndicatorValue> changed, List<ValueKey> removed) {}

  /** The values {@code next} adds or changes against this content, and those it no longer has. */
  public Difference differenceTo(IndicatorYear next) {
    List<IndicatorValue> changed = new ArrayList<>();
    for (Map.Entry<ValueKey, Rendered> e : next.values.entrySet()) {
      Rendered before = values.get(e.getKey());
      if (before == null || !before.value().equals(e.getValue().value())) {
        changed.add(e.getValue().value());
      }
    }
    List<ValueKey> removed = values.keySet().stream().filter(k -> !next.values.containsKey(k)).toList();
    return new Difference(changed, removed);
  }

  /** The event that takes a consumer holding this content to {@code next}: what changed, or the whole year. */
  public IndicatorsChanged changesTo(IndicatorYear next, UUID eventId, Instant at, boolean snapshot) {
    if (snapshot) {
      return next.snapshot(eventId, at);
    }
    Difference difference = differenceTo(next);
    return new IndicatorsChanged(IndicatorsChanged.SCHEMA_VERSION, eventId, at, collectionYear, Kind.CHANGES, contentHash(),
        next.contentHash(), next.definitions, difference.changed(), difference.removed());
  }

  /** The JSON EventJson writes for the value of this key, kept from when the value was added; null when there is none. */
  public String jsonOf(ValueKey key) {
    Rendered r = values.get(key);
    return r == null ? null : new String(r.json(), StandardCharsets.UTF_8);
  }

  /** The whole year as one event. */
  public IndicatorsChanged snapshot(UUID eventId, Instant at) {
    return new IndicatorsChanged(IndicatorsChanged.SCHEMA_VERSION, eventId, at, collectionYear, Kind.SNAPSHOT, null,
        contentHash(), definitions, values(), List.of());
  }

  public int collectionYear() {
    return collectionYear;
  }

  public List<IndicatorDefinition> definitions() {
    return definitions;
  }

  /** Every value, in canonical order. */
  public List<IndicatorValue> values() {
    return values.values().stream().map(Rendered::value).toList();
  }

  public int size() {
    return values.size();
  }

  public boolean isEmpty() {
    return values.isEmpty() && definitions.isEmpty();
  }

  /** SHA-256 (hex) over the definitions' and the values' JSON, as EventJson writes the two lists. */
  public synchronized String contentHash() {
    if (hash == null) {
      MessageDigest sha = sha256();
      sha.update(definitionsJson);
      sha.update(OPEN);
      boolean first = true;
      for (Rendered r : values.values()) {
        if (!first) {
          sha.update(COMMA);
        }
        sha.update(r.json());
        first = false;
      }
      sha.update(CLOSE);
      hash = HexFormat.of().formatHex(sha.digest());
    }
    return hash;
  }

  private byte[] definitionsJson(List<IndicatorDefinition> next) {
    return next.equals(definitions) ? definitionsJson : json(next);
  }

  private static byte[] json(List<IndicatorDefinition> definitions) {
    return EventJson.write(definitions).getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
