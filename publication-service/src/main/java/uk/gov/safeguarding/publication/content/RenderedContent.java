package uk.gov.safeguarding.publication.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.safeguarding.platform.hashing.Sha256;

/**
 * Content with the canonical JSON of each row rendered once. A new content built from an older
 * one (a snapshot replacing one period's slice of the working draft) reuses the rendered form of
 * every row it shares with it, so hashing it and storing what changed costs the size of the
 * change, not of the whole data set.
 *
 * <p>The content hash is byte-for-byte the one {@link ContentCodec#hash} computes (SHA-256 of the
 * canonical JSON), assembled from the row fragments. The content is stored as <b>parts</b>: the
 * indicator metadata, and one JSON array of rows per time period ({@link #PERIOD_PREFIX} +
 * period), each with its own SHA-256 so that only changed parts are written.
 */
public final class RenderedContent {
  public static final String INDICATORS_PART = "indicators";
  public static final String PERIOD_PREFIX = "period/";

  private static final byte[] HEAD = "{\"indicators\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ROWS = ",\"rows\":[".getBytes(StandardCharsets.UTF_8);
  private static final byte[] TAIL = "]}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] COMMA = {','};
  private static final byte[] OPEN = {'['};
  private static final byte[] CLOSE = {']'};
  private static final TypeReference<List<IndicatorMeta>> INDICATORS = new TypeReference<>() {};
  private static final TypeReference<List<DataRow>> ROW_LIST = new TypeReference<>() {};

  private final DataSetContent content;
  private final byte[] indicatorsJson;
  private final byte[][] rowJson;
  /** Row indexes of each period, in canonical order. */
  private final Map<String, List<Integer>> periods;
  /** Hashes of parts known from an earlier rendering (the same row instances in the same order). */
  private final Map<String, String> inheritedPartHashes = new LinkedHashMap<>();
  private String hash;
  private Map<String, String> partHashes;

  private RenderedContent(DataSetContent content, byte[][] rowJson) {
    this.content = content;
    this.indicatorsJson = write(content.indicators());
    this.rowJson = rowJson;
    Map<String, List<Integer>> byPeriod = new TreeMap<>();
    List<DataRow> rows = content.rows();
    for (int i = 0; i < rows.size(); i++) {
      byPeriod.computeIfAbsent(rows.get(i).timePeriod(), p -> new ArrayList<>()).add(i);
    }
    this.periods = byPeriod;
  }

  public static RenderedContent empty() {
    return of(DataSetContent.empty());
  }

  /** Renders every row. */
  public static RenderedContent of(DataSetContent content) {
    return of(content, null);
  }

  /** Renders the rows of {@code content} that are not (the same instances as) rows of {@code previous}. */
  public static RenderedContent of(DataSetContent content, RenderedContent previous) {
    Map<DataRow, byte[]> known = new IdentityHashMap<>();
    if (previous != null) {
      List<DataRow> old = previous.content.rows();
      for (int i = 0; i < old.size(); i++) {
        known.put(old.get(i), previous.rowJson[i]);
      }
    }
    List<DataRow> rows = content.rows();
    byte[][] json = new byte[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      byte[] hit = known.get(rows.get(i));
      json[i] = hit != null ? hit : write(rows.get(i));
    }
    RenderedContent rendered = new RenderedContent(content, json);
    if (previous != null) {
      rendered.inheritUnchangedParts(previous);
    }
    return rendered;
  }

  private void inheritUnchangedParts(RenderedContent previous) {
    Map<String, String> known = previous.partHashes();
    List<DataRow> rows = content.rows();
    List<DataRow> old = previous.content.rows();
    periods.forEach(
        (period, indexes) -> {
          List<Integer> before = previous.periods.get(period);
          if (before == null || before.size() != indexes.size()) {
            return;
          }
          for (int k = 0; k < indexes.size(); k++) {
            if (rows.get(indexes.get(k)) != old.get(before.get(k))) {
              return;
            }
          }
          inheritedPartHashes.put(PERIOD_PREFIX + period, known.get(PERIOD_PREFIX + period));
        });
  }

  public DataSetContent content() {
    return content;
  }

  /** SHA-256 (hex) of the canonical JSON: equal to {@link ContentCodec#hash} of the content. */
  public synchronized String hash() {
    if (hash == null) {
      MessageDigest sha = Sha256.digest();
      sha.update(HEAD);
      sha.update(indicatorsJson);
      sha.update(ROWS);
      for (int i = 0; i < rowJson.length; i++) {
        if (i > 0) {
          sha.update(COMMA);
        }
        sha.update(rowJson[i]);
      }
      sha.update(TAIL);
      hash = Sha256.hex(sha);
    }
    return hash;
  }

  /** The canonical JSON, the same bytes as {@link ContentCodec#canonical}. */
  public byte[] canonical() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(HEAD.length + indicatorsJson.length + totalRowBytes() + rowJson.length + 16);
    out.writeBytes(HEAD);
    out.writeBytes(indicatorsJson);
    out.writeBytes(ROWS);
    for (int i = 0; i < rowJson.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(rowJson[i]);
    }
    out.writeBytes(TAIL);
    return out.toByteArray();
  }

  /** Part name to SHA-256 (hex) of its bytes, in part-name order. */
  public synchronized Map<String, String> partHashes() {
    if (partHashes == null) {
      Map<String, String> hashes = new LinkedHashMap<>();
      hashes.put(INDICATORS_PART, Sha256.hex(indicatorsJson));
      periods.forEach(
          (period, indexes) -> {
            String inherited = inheritedPartHashes.get(PERIOD_PREFIX + period);
            if (inherited != null) {
              hashes.put(PERIOD_PREFIX + period, inherited);
              return;
            }
            MessageDigest sha = Sha256.digest();
            sha.update(OPEN);
            for (int k = 0; k < indexes.size(); k++) {
              if (k > 0) {
                sha.update(COMMA);
              }
              sha.update(rowJson[indexes.get(k)]);
            }
            sha.update(CLOSE);
            hashes.put(PERIOD_PREFIX + period, Sha256.hex(sha));
          });
      partHashes = hashes;
    }
    return partHashes;
  }

  /** The bytes of one part (uncompressed JSON). */
  public byte[] part(String name) {
    if (name.equals(INDICATORS_PART)) {
      return indicatorsJson.clone();
    }
    List<Integer> indexes = name.startsWith(PERIOD_PREFIX) ? periods.get(name.substring(PERIOD_PREFIX.length())) : null;
    if (indexes == null) {
      throw new IllegalArgumentException("No part " + name);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('[');
    for (int k = 0; k < indexes.size(); k++) {
      if (k > 0) {
        out.write(',');
      }
      out.writeBytes(rowJson[indexes.get(k)]);
    }
    out.write(']');
    return out.toByteArray();
  }

  /** Reads content stored as parts (any order); the inverse of {@link #part}. */
  public static DataSetContent fromParts(Map<String, byte[]> parts) {
    try {
      byte[] indicators = parts.get(INDICATORS_PART);
      List<IndicatorMeta> metas = indicators == null ? List.of() : ContentCodec.json().readValue(indicators, INDICATORS);
      List<DataRow> rows = new ArrayList<>();
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        if (e.getKey().startsWith(PERIOD_PREFIX)) {
          rows.addAll(ContentCodec.json().readValue(e.getValue(), ROW_LIST));
        }
      }
      return new DataSetContent(metas, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The content stored as parts with these hashes, read from {@code previous} where a part's hash
   * is the one {@code previous} has for it, and from {@code changed} (uncompressed bytes of every
   * other part) otherwise: what a replica does when a draft another replica replaced has changed
   * in one period. Rows taken from {@code previous} keep their instances and rendering.
   *
   * @throws IllegalArgumentException when a part that differs from {@code previous} is not in {@code changed}
   */
  public static RenderedContent fromParts(RenderedContent previous, Map<String, String> storedHashes, Map<String, byte[]> changed) {
    Map<String, String> known = previous.partHashes();
    try {
      List<IndicatorMeta> metas;
      if (changed.containsKey(INDICATORS_PART)) {
        metas = ContentCodec.json().readValue(changed.get(INDICATORS_PART), INDICATORS);
      } else if (!storedHashes.containsKey(INDICATORS_PART)) {
        metas = List.of();
      } else {
        metas = previous.content.indicators();
      }
      List<DataRow> rows = new ArrayList<>();
      for (Map.Entry<String, String> part : storedHashes.entrySet()) {
        String name = part.getKey();
        if (!name.startsWith(PERIOD_PREFIX)) {
          continue;
        }
        if (changed.containsKey(name)) {
          rows.addAll(ContentCodec.json().readValue(changed.get(name), ROW_LIST));
        } else if (part.getValue().equals(known.get(name))) {
          for (int i : previous.periods.get(name.substring(PERIOD_PREFIX.length()))) {
            rows.add(previous.content.rows().get(i));
          }
        } else {
          throw new IllegalArgumentException("Part " + name + " changed but was not read");
        }
      }
      return of(new DataSetContent(metas, rows), previous);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the stored parts whose hashes differ from this content's (or that it lacks). */
  public List<String> partsDifferingFrom(Map<String, String> storedHashes) {
    Map<String, String> known = partHashes();
    return storedHashes.entrySet().stream().filter(e -> !e.getValue().equals(known.get(e.getKey()))).map(Map.Entry::getKey).toList();
  }

  private int totalRowBytes() {
    int n = 0;
    for (byte[] b : rowJson) {
      n += b.length;
    }
    return n;
  }

  private static byte[] write(Object value) {
    try {
      return ContentCodec.json().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
