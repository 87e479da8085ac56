package uk.gov.safeguarding.publication.version;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.gov.safeguarding.publication.content.ContentCodec;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.version.DataSetVersionRepository.StoredFile;

/**
 * The rendered files of versions: written once (at draft creation, frozen at publication) and
 * served from storage. Files of versions that left Draft are immutable, so they are cached in
 * memory (a small LRU) and never recomputed per request.
 */
@ApplicationScoped
public class VersionFiles {
  public static final String CONTENT = "content.json.gz";
  public static final String CSV = "csv";
  public static final String CSV_GZ = "csv.gz";
  public static final String JSON = "json";
  public static final String JSON_GZ = "json.gz";

  @Inject DataSetVersionRepository versions;

  private final Map<String, StoredFile> cache =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StoredFile> eldest) {
              return size() > 12;
            }
          });
  private final Map<Long, DataSetContent> contents =
      Collections.synchronizedMap(
          new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, DataSetContent> eldest) {
              return size() > 4;
            }
          });

  /** Renders and stores every file of a version. Call inside the transaction that writes it. */
  public void write(DataSetVersion v, DataSetContent content) {
    byte[] canonical = ContentCodec.canonical(content);
    byte[] csv = ContentCodec.csv(content);
    byte[] json = ContentCodec.downloadJson(v.dataSetId, v.version, content);
    put(v, CONTENT, "application/json", ContentCodec.gzip(canonical), v.contentHash);
    String csvHash = ContentCodec.sha256(csv);
    String jsonHash = ContentCodec.sha256(json);
    put(v, CSV, "text/csv", csv, csvHash);
    put(v, CSV_GZ, "text/csv", ContentCodec.gzip(csv), csvHash);
    put(v, JSON, "application/json", json, jsonHash);
    put(v, JSON_GZ, "application/json", ContentCodec.gzip(json), jsonHash);
    evict(v.id);
  }

  private void put(DataSetVersion v, String kind, String mediaType, byte[] bytes, String sha) {
    versions.putFile(v.id, kind, mediaType, sha, bytes);
  }

  public Optional<StoredFile> file(DataSetVersion v, String kind) {
    if (v.status == VersionStatus.Draft || v.status == VersionStatus.Scheduled) {
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

  /** The canonical content of a version (cached for released versions). */
  public DataSetContent content(DataSetVersion v) {
    boolean immutable = v.status != VersionStatus.Draft && v.status != VersionStatus.Scheduled;
    if (immutable) {
      DataSetContent hit = contents.get(v.id);
      if (hit != null) {
        return hit;
      }
      // one loader at a time: concurrent first requests must not each parse the whole version
      synchronized (contents) {
        hit = contents.get(v.id);
        if (hit != null) {
          return hit;
        }
        DataSetContent loaded =
            versions.file(v.id, CONTENT).map(f -> ContentCodec.readCanonical(ContentCodec.gunzip(f.bytes()))).orElse(DataSetContent.empty());
        contents.put(v.id, loaded);
        return loaded;
      }
    }
    DataSetContent content =
        versions.file(v.id, CONTENT).map(f -> ContentCodec.readCanonical(ContentCodec.gunzip(f.bytes()))).orElse(DataSetContent.empty());
    if (immutable) {
      contents.put(v.id, content);
    }
    return content;
  }

  public void evict(Long versionId) {
    contents.remove(versionId);
    cache.keySet().removeIf(k -> k.startsWith(versionId + "/"));
  }
}
