package uk.gov.safeguarding.publication.version;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.problem.ProblemType;
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.platform.security.Roles;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.VersionChanges;
import uk.gov.safeguarding.publication.dataset.DataSetRepository;

/**
 * Read access to versions with the visibility rules: Draft and Scheduled versions are pre-release
 * and visible to the publisher role only; a Withdrawn version's files are gone (410).
 */
@ApplicationScoped
public class VersionReader {
  static final Pattern VERSION = Pattern.compile("\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}");
  static final Pattern WILDCARD = Pattern.compile("(\\d{1,4}|\\*)(\\.(\\d{1,4}|\\*)){0,2}|latest");

  @Inject DataSetRepository dataSets;
  @Inject DataSetVersionRepository versions;
  @Inject VersionFiles files;
  @Inject Caller caller;

  public boolean mayPreview() {
    return !caller.isAnonymous() && caller.hasRole(Roles.PUBLISHER);
  }

  @Transactional
  public List<DataSetVersion> list(String dataSetId) {
    requireDataSet(dataSetId);
    boolean preview = mayPreview();
    return versions.ofDataSet(dataSetId).stream().filter(v -> preview || (v.status != VersionStatus.Draft && v.status != VersionStatus.Scheduled)).toList();
  }

  /** An exact version, subject to pre-release access. */
  @Transactional
  public DataSetVersion get(String dataSetId, String version) {
    requireDataSet(dataSetId);
    if (version == null || !VERSION.matcher(version).matches()) {
      throw ProblemException.validation("version", "SemanticVersion", "version must look like 1.2.0");
    }
    DataSetVersion v = versions.find(dataSetId, version).orElseThrow(() -> ProblemException.notFound("No version " + version + " of data set " + dataSetId));
    if (v.status == VersionStatus.Draft || v.status == VersionStatus.Scheduled) {
      if (caller.isAnonymous()) {
        throw new ProblemException(ProblemType.UNAUTHORIZED, 401, "Version " + version + " is not published yet: pre-release access needs a publisher token", List.of());
      }
      if (!caller.hasRole(Roles.PUBLISHER)) {
        throw ProblemException.forbidden("Version " + version + " is not published yet: pre-release access needs the publisher role");
      }
    }
    return v;
  }

  /** A version whose files may be served (not withdrawn). */
  @Transactional
  public DataSetVersion servable(String dataSetId, String version) {
    DataSetVersion v = get(dataSetId, version);
    if (v.status == VersionStatus.Withdrawn) {
      throw new ProblemException(ProblemType.NOT_FOUND, 410,
          "Version " + version + " was withdrawn: " + v.statusReason + (v.supersededBy == null ? "" : " (superseded by " + v.supersededBy + ")"), List.of());
    }
    return v;
  }

  /** The newest public version matching "latest", "2.*", "2.1.*" or an exact number. */
  @Transactional
  public DataSetVersion resolve(String dataSetId, String pattern, String parameter) {
    requireDataSet(dataSetId);
    String p = pattern == null || pattern.isBlank() ? "latest" : pattern.trim();
    if (VERSION.matcher(p).matches()) {
      return servable(dataSetId, p);
    }
    if (!WILDCARD.matcher(p).matches()) {
      throw ProblemException.validation(parameter, "VersionPattern", "Use an exact version (1.2.0), a wildcard (2.* or 2.1.*) or latest");
    }
    return versions.latestPublic(dataSetId, p).orElseThrow(() -> ProblemException.notFound("No published version of " + dataSetId + " matches " + p));
  }

  @Transactional
  public VersionChanges changes(String dataSetId, String version) {
    DataSetVersion v = get(dataSetId, version);
    DataSetContent after = files.content(v);
    DataSetContent before =
        v.basedOn == null ? DataSetContent.empty() : versions.find(dataSetId, v.basedOn).map(files::content).orElse(DataSetContent.empty());
    return VersionChanges.between(before, after);
  }

  @Transactional
  public DataSetContent content(DataSetVersion v) {
    return files.content(v);
  }

  @Transactional
  public java.util.Optional<StoredFile> file(DataSetVersion v, String kind) {
    return files.file(v, kind);
  }

  private void requireDataSet(String dataSetId) {
    if (dataSets.findByIdOptional(dataSetId).isEmpty()) {
      throw new ProblemException(ProblemType.NOT_FOUND, 404, "No data set " + sanitize(dataSetId), List.of(new Problem.FieldError("id", "UnknownDataSet", "No such data set")));
    }
  }

  static String sanitize(String s) {
    return s != null && s.matches("[A-Za-z0-9.*-]{1,80}") ? s : "(invalid id)";
  }
}
