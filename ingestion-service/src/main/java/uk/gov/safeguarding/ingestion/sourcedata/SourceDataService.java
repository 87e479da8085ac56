package uk.gov.safeguarding.ingestion.sourcedata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import uk.gov.safeguarding.ingestion.measures.MeasuresPublisher;
import uk.gov.safeguarding.ingestion.sourcedata.SourceDataRepository.StoredValue;
import uk.gov.safeguarding.ingestion.sourcedata.SourceDataRepository.Upload;
import uk.gov.safeguarding.platform.audit.AuditActions;
import uk.gov.safeguarding.platform.audit.AuditLog;
import uk.gov.safeguarding.platform.hashing.Sha256;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Stores validated source-data uploads as versions of their dataset and period and reports each
 * area whose counts changed as one {@code MeasuresComputed} event (the dataset's source, its
 * numerator and denominator codes), in the same transaction, through the outbox. An upload whose
 * content hash equals the latest version's is that version: nothing is stored or emitted.
 */
@ApplicationScoped
public class SourceDataService {
  @Inject SourceDataRepository repository;
  @Inject MeasuresPublisher publisher;
  @Inject AuditLog audit;

  /**
   * The outcome of an upload.
   *
   * @param upload the stored version (the existing one when nothing was new); empty only when a
   *     merge changed no value
   * @param created whether a new version was stored
   * @param changed areas whose counts are new or different: each got an event
   */
  public record Stored(Optional<Upload> upload, boolean created, String contentHash, int changed, int unchanged) {}

  /**
   * A data steward's upload of one dataset and period: the CSV checked as a whole (any error
   * rejects it), then stored as by {@link #replace}.
   */
  @Transactional
  public SourceDataViews.UploadResult upload(String datasetId, String period, Provenance provenance, String csv, String uploadedBy) {
    SourceDataset ds = SourceDataValidator.dataset(datasetId);
    SourceDataFile file = SourceDataValidator.validate(ds, period, provenance, csv);
    Stored stored = replace(file, uploadedBy);
    Upload u = stored.upload().orElseThrow();
    return new SourceDataViews.UploadResult(ds.id(), file.period(), file.collectionYear(), u.version(), u.id(), stored.contentHash(),
        stored.created(), stored.changed(), stored.unchanged());
  }

  /** Stores the file as a new version of its dataset and period (areas it omits keep their earlier values downstream). */
  @Transactional
  public Stored replace(SourceDataFile file, String uploadedBy) {
    return store(file, uploadedBy, false);
  }

  /**
   * Stores the file's areas over the latest version's (the population endpoint's semantics): a new
   * version only when some value changed.
   */
  @Transactional
  public Stored merge(SourceDataFile file, String uploadedBy) {
    return store(file, uploadedBy, true);
  }

  private Stored store(SourceDataFile file, String uploadedBy, boolean merge) {
    SourceDataset ds = file.dataset();
    repository.lock(ds.id(), file.period());
    Map<String, StoredValue> latest = repository.latestPerArea(ds.id(), file.period());
    SortedMap<String, Counts> values = new TreeMap<>();
    if (merge) {
      latest.forEach((la, v) -> values.put(la, new Counts(v.numerator(), v.denominator())));
    }
    values.putAll(file.values());
    String hash = Sha256.hex(canonical(file, values));
    Optional<Upload> previous = repository.latestUpload(ds.id(), file.period());
    if (previous.isPresent() && previous.get().contentHash().equals(hash)) {
      return new Stored(previous, false, hash, 0, values.size());
    }
    List<StoredValue> rows = new ArrayList<>(values.size());
    Map<String, StoredValue> changed = new LinkedHashMap<>();
    for (var e : values.entrySet()) {
      StoredValue before = latest.get(e.getKey());
      Counts c = e.getValue();
      boolean same = before != null && before.numerator() == c.numerator() && Objects.equals(before.denominator(), c.denominator());
      StoredValue row = new StoredValue(e.getKey(), before == null ? 1 : same ? before.areaVersion() : before.areaVersion() + 1, c.numerator(), c.denominator());
      rows.add(row);
      if (!same) {
        changed.put(e.getKey(), row);
      }
    }
    if (merge && changed.isEmpty()) {
      return new Stored(Optional.empty(), false, hash, 0, values.size());
    }
    Upload upload = new Upload(UUID.randomUUID(), ds.id(), file.period(), file.collectionYear(), previous.map(p -> p.version() + 1).orElse(1),
        hash, file.provenance(), uploadedBy, null, rows.size(), changed.size());
    repository.insert(upload, rows);
    for (StoredValue v : changed.values()) {
      Map<String, BigDecimal> counts = new LinkedHashMap<>();
      counts.put(ds.numeratorCode(), BigDecimal.valueOf(v.numerator()));
      if (ds.hasDenominator()) {
        counts.put(ds.denominatorCode(), BigDecimal.valueOf(v.denominator()));
      }
      publisher.publish(ds.source(), v.laCode(), file.collectionYear(), upload.id().toString(), v.areaVersion(), MeasuresPublisher.ON_ACCEPTANCE, hash, counts, Map.of());
    }
    audit.record(uploadedBy, AuditActions.REFERENCE_DATA_CHANGED, "source-data-upload", upload.id().toString(),
        ds.id() + " " + file.period() + " version " + upload.version() + ": " + rows.size() + " areas, " + changed.size() + " changed");
    Upload stored = repository.upload(ds.id(), file.period(), upload.version()).orElseThrow();
    return new Stored(Optional.of(stored), true, hash, changed.size(), rows.size() - changed.size());
  }

  /** Every dataset of the catalogue with its stored versions. */
  public List<SourceDataViews.Dataset> catalogue() {
    Map<String, List<SourceDataViews.Version>> versions = new LinkedHashMap<>();
    for (Upload u : repository.allUploads()) {
      versions.computeIfAbsent(u.dataset(), k -> new ArrayList<>()).add(SourceDataViews.Version.of(u));
    }
    List<SourceDataViews.Dataset> out = new ArrayList<>();
    for (SourceDataset ds : SourceDataset.values()) {
      out.add(SourceDataViews.Dataset.of(ds, versions.getOrDefault(ds.id(), List.of())));
    }
    return out;
  }

  /** Each area's latest counts per period of a dataset; null period or LA match everything. */
  public List<SourceDataRepository.AreaLatest> latestPerArea(SourceDataset ds, String period, String laOldCode) {
    return repository.latestPerAreaAndPeriod(ds.id(), period, laOldCode);
  }

  /** The values of one version (the latest when version is null); 404 for an unknown dataset. */
  public SourceDataViews.Values values(String datasetId, String period, Integer version) {
    SourceDataset ds = SourceDataValidator.dataset(datasetId);
    Optional<Upload> upload = version == null ? repository.latestUpload(ds.id(), period) : repository.upload(ds.id(), period, version);
    Upload u = upload.orElseThrow(() -> ProblemException.notFound("No upload of " + ds.id() + " for period " + period + (version == null ? "" : " version " + version)));
    List<SourceDataViews.Value> values = repository.values(u.id()).stream()
        .map(v -> {
          LocalAuthority la = AreaRegistry.standard().find(v.laCode()).orElse(null);
          return new SourceDataViews.Value(v.laCode(), la == null ? null : la.gssCode(), la == null ? null : la.name(), v.numerator(), v.denominator(), v.areaVersion());
        })
        .toList();
    return new SourceDataViews.Values(ds.id(), ds.numeratorMeaning(), ds.denominatorMeaning(), SourceDataViews.Version.of(u), values);
  }

  private static String canonical(SourceDataFile file, SortedMap<String, Counts> values) {
    Provenance p = file.provenance();
    StringBuilder s = new StringBuilder().append(file.dataset().id()).append('|').append(file.period());
    for (String part : new String[] {p.source(), p.release(), p.licence(), p.url()}) {
      s.append('|').append(part == null ? "" : part);
    }
    values.forEach((la, c) -> s.append('|').append(la).append('=').append(c.numerator()).append('/').append(c.denominator() == null ? "" : c.denominator()));
    return s.toString();
  }
}
