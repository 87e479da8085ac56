package uk.gov.safeguarding.publication.version;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.DataSetReleased;
import uk.gov.safeguarding.events.Topics;
import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Instance;
import uk.gov.safeguarding.platform.audit.AuditActions;
import uk.gov.safeguarding.platform.audit.AuditLog;
import uk.gov.safeguarding.platform.outbox.Outbox;
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.RenderedContent;
import uk.gov.safeguarding.publication.content.VersionChanges;
import uk.gov.safeguarding.publication.dataset.DataSetRepository;

/**
 * The version workflow: new content becomes (or replaces) the data set's one Draft, numbered by
 * the EES semantic-versioning rules against the latest released version; a publisher publishes
 * or schedules it; published versions can be deprecated or withdrawn. Every public status change
 * writes a {@link DataSetReleased} event to the outbox in the same transaction.
 */
@ApplicationScoped
public class VersionService {
  private static final Logger LOG = Logger.getLogger(VersionService.class);

  @Inject DataSetRepository dataSets;
  @Inject DataSetVersionRepository versions;
  @Inject VersionFiles files;
  @Inject PublicDownloads publicDownloads;
  @Inject jakarta.transaction.TransactionSynchronizationRegistry transactions;
  @Inject Outbox outbox;
  @Inject AuditLog audit;
  @Inject Instance<Caller> caller;

  @ConfigProperty(name = "publication.public-base-url", defaultValue = "http://localhost:8084")
  String baseUrl;

  Clock clock = Clock.systemUTC();

  /** What a draft proposal did. */
  public enum DraftOutcome {
    CREATED,
    REPLACED,
    UNCHANGED,
    DISCARDED
  }

  /**
   * Applies {@code update} to the data set's working content (the current draft, else the latest
   * released content) and stores the result as the Draft, idempotent by content hash. The working
   * content is kept rendered in memory, so a proposal costs about the size of what it changes:
   * only changed rows are rendered, only changed parts stored, and the files are rendered when
   * the version is previewed or leaves Draft, not here.
   */
  @Transactional
  public DraftOutcome proposeDraft(String dataSetId, UnaryOperator<DataSetContent> update) {
    dataSets.lock(dataSetId).orElseThrow(() -> new IllegalStateException("Unknown data set " + dataSetId));
    Optional<DataSetVersion> draft = versions.draft(dataSetId);
    Optional<DataSetVersion> base = versions.latestBase(dataSetId);
    Optional<DataSetVersion> numberedAfter = versions.latestReleased(dataSetId);
    RenderedContent baseContent = base.map(files::rendered).orElseGet(RenderedContent::empty);
    RenderedContent working = draft.map(files::rendered).orElse(baseContent);
    RenderedContent next = RenderedContent.of(update.apply(working.content()), working);
    String hash = next.hash();
    if (draft.isPresent() && draft.get().contentHash.equals(hash)) {
      return DraftOutcome.UNCHANGED;
    }
    if (base.isPresent() && base.get().contentHash.equals(hash)) {
      if (draft.isPresent()) {
        versions.delete(draft.get());
        LOG.infof("Data set %s: new content equals %s, draft %s discarded", dataSetId, base.get().version, draft.get().version);
        return DraftOutcome.DISCARDED;
      }
      return DraftOutcome.UNCHANGED;
    }
    VersionChanges.Bump bump = VersionChanges.bump(baseContent.content(), next.content());
    if (bump == VersionChanges.Bump.NONE) {
      bump = VersionChanges.Bump.PATCH;
    }
    String number = VersionChanges.next(numberedAfter.map(v -> v.version).orElse(null), bump);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    DataSetVersion v = draft.orElseGet(DataSetVersion::new);
    boolean created = v.id == null;
    v.dataSetId = dataSetId;
    v.setVersion(number);
    v.status = VersionStatus.Draft;
    if (created) {
      v.createdAt = now;
    }
    v.updatedAt = now;
    v.contentHash = hash;
    v.basedOn = base.map(b -> b.version).orElse(null);
    v.rowCount = next.content().rows().size();
    versions.persist(v);
    versions.flush();
    files.writeDraft(v, next, created ? base : Optional.empty());
    LOG.infof("Data set %s: draft %s %s (%s rows, %s change)", dataSetId, number, created ? "created" : "replaced", v.rowCount, bump);
    return created ? DraftOutcome.CREATED : DraftOutcome.REPLACED;
  }

  /** Publishes a Draft (or Scheduled) version now, or schedules it. */
  @Transactional
  public DataSetVersion publish(String dataSetId, String version, PublishRequest request) {
    dataSets.lock(dataSetId).orElseThrow(() -> ProblemException.notFound("No data set " + dataSetId));
    DataSetVersion v = versions.find(dataSetId, version).orElseThrow(() -> ProblemException.notFound("No version " + version + " of data set " + dataSetId));
    if (v.status != VersionStatus.Draft && v.status != VersionStatus.Scheduled) {
      throw ProblemException.conflict("Version " + version + " is " + v.status + "; only a Draft or Scheduled version can be published");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (request != null && request.notice() != null) {
      v.notice = request.notice();
    }
    if (request != null && request.scheduledFor() != null) {
      if (!request.scheduledFor().isAfter(now)) {
        throw ProblemException.validation("scheduledFor", "FutureInstant", "scheduledFor must be in the future");
      }
      files.freeze(v);
      v.status = VersionStatus.Scheduled;
      v.scheduledFor = request.scheduledFor();
      v.updatedAt = now;
      return v;
    }
    markPublished(v, now);
    return v;
  }

  /**
   * Publishes every Scheduled version whose time has come; returns how many this call published.
   * Every replica runs this: each candidate is re-read after its data set is locked, so a version
   * another replica published meanwhile is published once, with one event and one audit entry.
   */
  @Transactional
  public int publishDue() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    int published = 0;
    for (DataSetVersion v : versions.dueForPublication(now)) {
      dataSets.lock(v.dataSetId);
      versions.reread(v);
      if (v.status == VersionStatus.Scheduled && !v.scheduledFor.isAfter(now)) {
        markPublished(v, now);
        published++;
      }
    }
    return published;
  }

  @Transactional
  public DataSetVersion deprecate(String dataSetId, String version, StatusChangeRequest request) {
    DataSetVersion v = released(dataSetId, version);
    if (v.status != VersionStatus.Published) {
      throw ProblemException.conflict("Version " + version + " is " + v.status + "; only a Published version can be deprecated");
    }
    return changeStatus(v, VersionStatus.Deprecated, request);
  }

  @Transactional
  public DataSetVersion withdraw(String dataSetId, String version, StatusChangeRequest request) {
    DataSetVersion v = released(dataSetId, version);
    if (!v.status.isPublic()) {
      throw ProblemException.conflict("Version " + version + " is " + v.status + "; only a Published or Deprecated version can be withdrawn");
    }
    return changeStatus(v, VersionStatus.Withdrawn, request);
  }

  private DataSetVersion released(String dataSetId, String version) {
    dataSets.lock(dataSetId).orElseThrow(() -> ProblemException.notFound("No data set " + dataSetId));
    return versions.find(dataSetId, version).orElseThrow(() -> ProblemException.notFound("No version " + version + " of data set " + dataSetId));
  }

  private DataSetVersion changeStatus(DataSetVersion v, VersionStatus status, StatusChangeRequest request) {
    v.status = status;
    v.statusReason = request.reason();
    v.supersededBy = request.supersededBy();
    v.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    files.evict(v.id);
    publicDownloads.evict(v.dataSetId, v.version);
    // and again once committed: a download that read the old status meanwhile must not keep it on the fast path
    String dataSetId = v.dataSetId;
    String version = v.version;
    transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        publicDownloads.evict(dataSetId, version);
      }
    });
    emit(v, status.name().toUpperCase(), request.reason());
    audit.record(actor(), status == VersionStatus.Withdrawn ? AuditActions.DATA_SET_WITHDRAWN : "DATA_SET_DEPRECATED", "data-set-version", v.dataSetId + "/" + v.version, request.reason());
    return v;
  }

  private void markPublished(DataSetVersion v, Instant now) {
    files.freeze(v);
    v.status = VersionStatus.Published;
    v.publishedAt = now;
    v.updatedAt = now;
    files.evict(v.id);
    emit(v, "PUBLISHED", v.notice);
    audit.record(actor(), AuditActions.DATA_SET_PUBLISHED, "data-set-version", v.dataSetId + "/" + v.version, "content " + v.contentHash);
    LOG.infof("Data set %s: version %s published", v.dataSetId, v.version);
  }

  private void emit(DataSetVersion v, String status, String reason) {
    UUID eventId = UUID.randomUUID();
    String self = baseUrl + "/v1/data-sets/" + v.dataSetId + "/versions/" + v.version;
    DataSetReleased event =
        new DataSetReleased(DataSetReleased.SCHEMA_VERSION, eventId, clock.instant(), v.dataSetId, v.version, status, reason, self + "/csv", self + "/json");
    outbox.add(Topics.RELEASES, v.dataSetId, eventId, event);
  }

  /** The caller inside a request, else the system (scheduler, start-up import). */
  private String actor() {
    if (Arc.container().requestContext().isActive()) {
      Caller c = caller.get();
      if (!c.isAnonymous()) {
        return c.name();
      }
    }
    return AuditActions.SYSTEM_ACTOR;
  }

  public String baseUrl() {
    return baseUrl;
  }
}
