package uk.gov.safeguarding.publication.version;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.platform.hashing.Sha256;
import uk.gov.safeguarding.publication.content.ContentCodec;
import uk.gov.safeguarding.publication.dataset.DataSetIds;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.RenderedContent;

/**
 * The content and files of versions.
 *
 * <ul>
 *   <li><b>Content</b> is stored in parts (indicator metadata, one part per period; see {@link
 *       RenderedContent}): a draft rewrites only the parts that changed, a new draft starts from
 *       a copy of its base version's parts. The working content of drafts and bases is kept in
 *       memory, rendered, keyed by version and checked against the stored content hash.
 *   <li><b>Files</b> (CSV, JSON and their gzip) are rendered and stored once when a version
 *       leaves Draft (scheduled or published) and are served from storage from then on; released
 *       files are cached in memory (a small LRU) and never recomputed per request. A Draft's files
 *       are rendered on demand for pre-release preview and kept in memory for that content hash.
 * </ul>
 */
@ApplicationScoped
public class VersionFiles {
  private static final Logger LOG = Logger.getLogger(VersionFiles.class);

  /** The whole canonical content of versions created before content parts (read only). */
  public static final String CONTENT = "content.json.gz";
  public static final String CSV = "csv";
  public static final String CSV_GZ = "csv.gz";
  public static final String JSON = "json";
  public static final String JSON_GZ = "json.gz";

  @Inject DataSetVersionRepository versions;

  private final Map<String, StoredFile> cache = lru(12);
  private final Map<Long, DataSetContent> contents = lru(4);
  /** Rendered working content (drafts and the versions they build on), by version id. */
  private final Map<Long, RenderedContent> rendered = lru(4);
  /** Files rendered for previewing a draft, by version id, content hash and kind. */
  private final Map<String, StoredFile> previews = lru(4);

  private static <K, V> Map<K, V> lru(int size) {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > size;
          }
        });
  }

  /**
   * Stores the content of a (new or replaced) draft: only the parts whose hash differs from what
   * is stored, starting from a copy of {@code copyFrom}'s parts for a new draft. Drops the
   * draft's stale files. Call inside the transaction that writes the version.
   */
  public void writeDraft(DataSetVersion v, RenderedContent content, Optional<DataSetVersion> copyFrom) {
    Map<String, String> stored = versions.partHashes(v.id);
    if (stored.isEmpty() && copyFrom.isPresent()) {
      versions.copyParts(copyFrom.get().id, v.id);
      stored = versions.partHashes(v.id);
    }
    int written = 0;
    for (Map.Entry<String, String> part : content.partHashes().entrySet()) {
      if (!part.getValue().equals(stored.get(part.getKey()))) {
        versions.putPart(v.id, part.getKey(), part.getValue(), ContentCodec.gzip(content.part(part.getKey()), Deflater.BEST_SPEED));
        written++;
      }
    }
    for (String old : stored.keySet()) {
      if (!content.partHashes().containsKey(old)) {
        versions.deletePart(v.id, old);
      }
    }
    versions.deleteFiles(v.id);
    evict(v.id);
    rendered.put(v.id, content);
    LOG.debugf("Version %s %s: %d of %d content parts written", v.dataSetId, v.version, written, content.partHashes().size());
  }

  /**
   * Renders and stores the public files of a version that leaves Draft (once: a Scheduled
   * version being published keeps the files rendered when it was scheduled).
   */
  public void freeze(DataSetVersion v) {
    if (versions.hasFile(v.id, CSV) && versions.hasFile(v.id, JSON)) {
      return;
    }
    DataSetContent content = content(v);
    renderFiles(v, content, CSV).forEach((kind, f) -> versions.putFile(v.id, kind, f.mediaType(), f.sha256(), f.bytes()));
    renderFiles(v, content, JSON).forEach((kind, f) -> versions.putFile(v.id, kind, f.mediaType(), f.sha256(), f.bytes()));
  }

  /** The plain and gzipped file of one family (CSV or JSON). */
  private static Map<String, StoredFile> renderFiles(DataSetVersion v, DataSetContent content, String family) {
    boolean csv = family.equals(CSV) || family.equals(CSV_GZ);
    byte[] plain = csv ? ContentCodec.csv(content) : ContentCodec.downloadJson(v.dataSetId, v.version, DataSetIds.dataSource(v.dataSetId), content);
    String sha = Sha256.hex(plain);
    String type = csv ? "text/csv" : "application/json";
    Map<String, StoredFile> files = new LinkedHashMap<>();
    files.put(csv ? CSV : JSON, new StoredFile(type, sha, plain));
    files.put(csv ? CSV_GZ : JSON_GZ, new StoredFile(type, sha, ContentCodec.gzip(plain)));
    return files;
  }

  public Optional<StoredFile> file(DataSetVersion v, String kind) {
    if (v.status == VersionStatus.Draft) {
      return versions.file(v.id, kind).or(() -> Optional.of(preview(v, kind)));
    }
    if (v.status == VersionStatus.Scheduled) {
      return versions.file(v.id, kind);
    }
    String key = v.id + "/" + kind;
    StoredFile hit = cache.get(key);
    if (hit != null) {
      return Optional.of(hit);
    }
    synchronized (cache) {
      hit = cache.get(key);
      if (hit != null) {
        return Optional.of(hit);
      }
      Optional<StoredFile> loaded = versions.file(v.id, kind);
      loaded.ifPresent(f -> cache.put(key, f));
      return loaded;
    }
  }

  /** A draft's file, rendered for pre-release preview and kept for its content hash. */
  private StoredFile preview(DataSetVersion v, String kind) {
    String key = v.id + "/" + v.contentHash + "/" + kind;
    StoredFile hit = previews.get(key);
    if (hit != null) {
      return hit;
    }
    synchronized (previews) {
      hit = previews.get(key);
      if (hit == null) {
        Map<String, StoredFile> files = renderFiles(v, content(v), kind);
        files.forEach((k, f) -> previews.put(v.id + "/" + v.contentHash + "/" + k, f));
        hit = files.get(kind);
      }
      return hit;
    }
  }

  /**
   * The content of a version, rendered row by row (kept for drafts and the versions they build on).
   * A draft's entry must match its current content hash; a released version's content never
   * changes, so its entry stands by id. (Re-rendering a released version whose stored hash does
   * not match its parts would give the same rendering again, at the cost of the whole data set
   * on every snapshot: the 57,773-row base of computed-indicators cost ~400 ms of each draft.)
   */
  public RenderedContent rendered(DataSetVersion v) {
    boolean immutable = v.status != VersionStatus.Draft && v.status != VersionStatus.Scheduled;
    RenderedContent hit = rendered.get(v.id);
    if (hit != null && (immutable || hit.hash().equals(v.contentHash))) {
      return hit;
    }
    RenderedContent loaded = hit != null && !immutable ? following(v, hit) : RenderedContent.of(immutable ? content(v) : load(v));
    if (!loaded.hash().equals(v.contentHash)) {
      LOG.warnf("Version %s %s: its stored content hash %s is not the hash of its stored content (%s)",
          v.dataSetId, v.version, v.contentHash, loaded.hash());
    }
    rendered.put(v.id, loaded);
    return loaded;
  }

  /**
   * A draft replaced since this replica rendered it (by another replica, which consumed the
   * snapshot): only the parts whose stored hash differs are read and rendered again, the others
   * are taken from the earlier rendering.
   */
  private RenderedContent following(DataSetVersion v, RenderedContent earlier) {
    Map<String, String> stored = versions.partHashes(v.id);
    if (stored.isEmpty()) {
      return RenderedContent.of(load(v));
    }
    Map<String, byte[]> changed = new LinkedHashMap<>();
    versions.parts(v.id, earlier.partsDifferingFrom(stored)).forEach((name, gz) -> changed.put(name, ContentCodec.gunzip(gz)));
    return RenderedContent.fromParts(earlier, stored, changed);
  }

  /** The canonical content of a version (cached: released versions by id, drafts by id and content hash). */
  public DataSetContent content(DataSetVersion v) {
    RenderedContent working = rendered.get(v.id);
    if (working != null && working.hash().equals(v.contentHash)) {
      return working.content();
    }
    boolean immutable = v.status != VersionStatus.Draft && v.status != VersionStatus.Scheduled;
    if (!immutable) {
      // kept rendered by id and content hash: on a replica that did not write the draft too, where
      // every query would otherwise parse the whole draft again
      return rendered(v).content();
    }
    DataSetContent hit = contents.get(v.id);
    if (hit != null) {
      return hit;
    }
    // one loader at a time: concurrent first requests must not each parse the whole version
    synchronized (contents) {
      hit = contents.get(v.id);
      if (hit == null) {
        hit = load(v);
        contents.put(v.id, hit);
      }
      return hit;
    }
  }

  private DataSetContent load(DataSetVersion v) {
    Map<String, byte[]> parts = versions.parts(v.id);
    if (!parts.isEmpty()) {
      Map<String, byte[]> plain = new LinkedHashMap<>();
      parts.forEach((name, gz) -> plain.put(name, ContentCodec.gunzip(gz)));
      return RenderedContent.fromParts(plain);
    }
    return versions.file(v.id, CONTENT).map(f -> ContentCodec.readCanonical(ContentCodec.gunzip(f.bytes()))).orElse(DataSetContent.empty());
  }

  /** Forgets cached files and content of a version whose status changed (its content did not). */
  public void evict(Long versionId) {
    contents.remove(versionId);
    synchronized (cache) {
      cache.keySet().removeIf(k -> k.startsWith(versionId + "/"));
    }
    synchronized (previews) {
      previews.keySet().removeIf(k -> k.startsWith(versionId + "/"));
    }
  }
}
