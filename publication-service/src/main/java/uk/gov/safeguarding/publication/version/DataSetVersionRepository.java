package uk.gov.safeguarding.publication.version;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class DataSetVersionRepository implements PanacheRepository<DataSetVersion> {
  private static final Comparator<DataSetVersion> NEWEST_FIRST =
      Comparator.<DataSetVersion>comparingInt(v -> v.major).thenComparingInt(v -> v.minor).thenComparingInt(v -> v.patch).reversed();

  /** Every version, newest first. */
  public List<DataSetVersion> ofDataSet(String dataSetId) {
    return list("dataSetId = ?1 order by major desc, minor desc, patch desc", dataSetId);
  }

  public Optional<DataSetVersion> find(String dataSetId, String version) {
    return find("dataSetId = ?1 and version = ?2", dataSetId, version).firstResultOptional();
  }

  public Optional<DataSetVersion> draft(String dataSetId) {
    return find("dataSetId = ?1 and status = ?2", dataSetId, VersionStatus.Draft).firstResultOptional();
  }

  /** The highest-numbered version that has left Draft (numbering continues from it). */
  public Optional<DataSetVersion> latestReleased(String dataSetId) {
    return ofDataSet(dataSetId).stream().filter(v -> v.status != VersionStatus.Draft).findFirst();
  }

  /** The newest version whose content a new draft builds on: released and not withdrawn. */
  public Optional<DataSetVersion> latestBase(String dataSetId) {
    return ofDataSet(dataSetId).stream()
        .filter(v -> v.status != VersionStatus.Draft && v.status != VersionStatus.Withdrawn)
        .findFirst();
  }

  /** The newest public version, optionally within a wildcard such as "2.*" or "2.1.*". */
  public Optional<DataSetVersion> latestPublic(String dataSetId, String pattern) {
    return ofDataSet(dataSetId).stream()
        .filter(v -> v.status.isPublic())
        .filter(v -> matches(v, pattern))
        .min(NEWEST_FIRST);
  }

  public List<DataSetVersion> dueForPublication(Instant now) {
    return list("status = ?1 and scheduledFor <= ?2", VersionStatus.Scheduled, now);
  }

  /** Re-reads the row, e.g. after locking its data set, to see what another replica wrote meanwhile. */
  public void reread(DataSetVersion v) {
    getEntityManager().refresh(v);
  }

  static boolean matches(DataSetVersion v, String pattern) {
    if (pattern == null || pattern.equals("*") || pattern.equals("latest")) {
      return true;
    }
    String[] parts = pattern.split("\\.");
    int[] actual = {v.major, v.minor, v.patch};
    for (int i = 0; i < parts.length && i < 3; i++) {
      if (parts[i].equals("*")) {
        return true;
      }
      if (Integer.parseInt(parts[i]) != actual[i]) {
        return false;
      }
    }
    return true;
  }

  // ---- rendered files ----

  public void putFile(long versionId, String kind, String mediaType, String sha256, byte[] bytes) {
    getEntityManager()
        .createNativeQuery("delete from data_set_version_file where version_id = ?1 and kind = ?2")
        .setParameter(1, versionId)
        .setParameter(2, kind)
        .executeUpdate();
    getEntityManager()
        .createNativeQuery("insert into data_set_version_file (version_id, kind, media_type, sha256, bytes) values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, versionId)
        .setParameter(2, kind)
        .setParameter(3, mediaType)
        .setParameter(4, sha256)
        .setParameter(5, bytes)
        .executeUpdate();
  }

  public Optional<StoredFile> file(long versionId, String kind) {
    List<?> rows =
        getEntityManager()
            .createNativeQuery("select media_type, sha256, bytes from data_set_version_file where version_id = ?1 and kind = ?2")
            .setParameter(1, versionId)
            .setParameter(2, kind)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(new StoredFile((String) row[0], (String) row[1], (byte[]) row[2]));
  }

  public boolean hasFile(long versionId, String kind) {
    return !getEntityManager()
        .createNativeQuery("select 1 from data_set_version_file where version_id = ?1 and kind = ?2")
        .setParameter(1, versionId)
        .setParameter(2, kind)
        .getResultList()
        .isEmpty();
  }

  /** Drops every stored file of a version (a replaced draft's files are stale). */
  public void deleteFiles(long versionId) {
    getEntityManager().createNativeQuery("delete from data_set_version_file where version_id = ?1").setParameter(1, versionId).executeUpdate();
  }

  // ---- content parts ----

  /** Part name to SHA-256 of each stored content part of a version. */
  public Map<String, String> partHashes(long versionId) {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (Object row : getEntityManager()
        .createNativeQuery("select part, sha256 from data_set_version_part where version_id = ?1 order by part")
        .setParameter(1, versionId)
        .getResultList()) {
      Object[] r = (Object[]) row;
      hashes.put((String) r[0], (String) r[1]);
    }
    return hashes;
  }

  /** Part name to stored (gzipped) bytes. */
  public Map<String, byte[]> parts(long versionId) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (Object row : getEntityManager()
        .createNativeQuery("select part, bytes from data_set_version_part where version_id = ?1 order by part")
        .setParameter(1, versionId)
        .getResultList()) {
      Object[] r = (Object[]) row;
      parts.put((String) r[0], (byte[]) r[1]);
    }
    return parts;
  }

  /** Part name to stored (gzipped) bytes, of the named parts only. */
  public Map<String, byte[]> parts(long versionId, java.util.Collection<String> names) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    if (names.isEmpty()) {
      return parts;
    }
    for (Object row : getEntityManager()
        .createNativeQuery("select part, bytes from data_set_version_part where version_id = :id and part in (:names) order by part")
        .setParameter("id", versionId)
        .setParameter("names", names)
        .getResultList()) {
      Object[] r = (Object[]) row;
      parts.put((String) r[0], (byte[]) r[1]);
    }
    return parts;
  }

  /** Copies every content part of one version to another, inside the database. */
  public void copyParts(long fromVersionId, long toVersionId) {
    getEntityManager()
        .createNativeQuery("insert into data_set_version_part (version_id, part, sha256, bytes) select ?2, part, sha256, bytes from data_set_version_part where version_id = ?1")
        .setParameter(1, fromVersionId)
        .setParameter(2, toVersionId)
        .executeUpdate();
  }

  public void putPart(long versionId, String part, String sha256, byte[] gzipped) {
    getEntityManager()
        .createNativeQuery(
            "insert into data_set_version_part (version_id, part, sha256, bytes) values (?1, ?2, ?3, ?4) "
                + "on conflict (version_id, part) do update set sha256 = excluded.sha256, bytes = excluded.bytes")
        .setParameter(1, versionId)
        .setParameter(2, part)
        .setParameter(3, sha256)
        .setParameter(4, gzipped)
        .executeUpdate();
  }

  public void deletePart(long versionId, String part) {
    getEntityManager()
        .createNativeQuery("delete from data_set_version_part where version_id = ?1 and part = ?2")
        .setParameter(1, versionId)
        .setParameter(2, part)
        .executeUpdate();
  }
}
