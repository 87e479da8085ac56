package uk.gov.safeguarding.publication.version;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Finds a public version's file for {@link PublicDownloads} (blocking: the database, and rendering on first use). */
@ApplicationScoped
public class PublicFileLookup {
  @Inject DataSetVersionRepository versions;
  @Inject VersionFiles files;
  @Inject PublicDownloads downloads;

  /** Whether the version is still public (Published or Deprecated): another replica may have withdrawn it. */
  @ActivateRequestContext
  @Transactional
  public boolean isPublic(String dataSetId, String version) {
    return versions.find(dataSetId, version).map(v -> v.status.isPublic()).orElse(false);
  }

  /** Registers the file of an exact, public version; false when there is none (unknown, pre-release or withdrawn). */
  @ActivateRequestContext
  @Transactional
  @TransactionConfiguration(timeout = 300)
  public boolean load(String dataSetId, String version, String kind) {
    Optional<DataSetVersion> found = versions.find(dataSetId, version);
    if (found.isEmpty() || !found.get().status.isPublic()) {
      return false;
    }
    DataSetVersion v = found.get();
    String gzKind = kind.equals(VersionFiles.CSV) ? VersionFiles.CSV_GZ : VersionFiles.JSON_GZ;
    Optional<StoredFile> plain = files.file(v, kind);
    Optional<StoredFile> gz = files.file(v, gzKind);
    if (plain.isEmpty() || gz.isEmpty()) {
      return false;
    }
    downloads.register(dataSetId, v.version, kind, plain.get(), gz.get(), Downloads.IMMUTABLE, v.publishedAt != null ? v.publishedAt : v.updatedAt,
        dataSetId + "-" + v.version + (kind.equals(VersionFiles.CSV) ? ".csv" : ".json"));
    return true;
  }
}
