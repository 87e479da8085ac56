package uk.gov.safeguarding.publication.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.DataSource;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
import uk.gov.safeguarding.publication.dataset.DataSet;
import uk.gov.safeguarding.publication.dataset.DataSetIds;
import uk.gov.safeguarding.publication.dataset.DataSetRepository;
import uk.gov.safeguarding.publication.dataset.Publication;
import uk.gov.safeguarding.publication.dataset.PublicationRepository;
import uk.gov.safeguarding.publication.version.DataSetVersion;
import uk.gov.safeguarding.publication.version.DataSetVersionRepository;
import uk.gov.safeguarding.publication.version.VersionReader;
import uk.gov.safeguarding.publication.version.VersionService;
import uk.gov.safeguarding.publication.version.VersionView;

/** Publications, data sets and their metadata. */
@ApplicationScoped
public class DataSetService {
  @Inject PublicationRepository publications;
  @Inject DataSetRepository dataSets;
  @Inject DataSetVersionRepository versions;
  @Inject VersionReader reader;
  @Inject VersionService versionService;

  public record PublicationView(String id, String title, String summary, String theme, String licence, List<String> dataSets) {}

  public record DataSetView(
      String id, String publicationId, String title, String summary, String dataSource, String dataSourceDescription, VersionView latestVersion, Instant lastPublished) {}

  /** Metadata of one version: where its rows come from and the methods, indicators, areas and periods it covers. */
  public record MetaView(
      String dataSetId, String version, String title, String dataSource, String dataSourceDescription, Map<String, String> methods,
      List<IndicatorMeta> indicators, List<String> timePeriods, List<String> geographicLevels,
      Map<String, List<String>> areasByLevel, int rowCount, List<String> statusSymbols) {}

  @Transactional
  public List<PublicationView> publications() {
    return publications.listAll().stream().map(this::view).toList();
  }

  @Transactional
  public PublicationView publication(String id) {
    return publications.findByIdOptional(id).map(this::view).orElseThrow(() -> ProblemException.notFound("No such publication"));
  }

  @Transactional
  public List<DataSetView> dataSetsOf(String publicationId) {
    publication(publicationId);
    return dataSets.ofPublication(publicationId).stream().map(this::view).toList();
  }

  @Transactional
  public DataSetView dataSet(String id) {
    return dataSets.findByIdOptional(id).map(this::view).orElseThrow(() -> ProblemException.notFound("No such data set"));
  }

  @Transactional
  public MetaView meta(String id, String versionPattern) {
    DataSetVersion v = reader.resolve(id, versionPattern, "version");
    DataSetContent c = reader.content(v);
    Map<String, List<String>> areas =
        c.rows().stream().collect(Collectors.groupingBy(DataRow::geographicLevel, Collectors.mapping(DataRow::areaCode, Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), List::copyOf))));
    DataSource source = DataSetIds.dataSource(id);
    String title = dataSets.findByIdOptional(id).map(d -> d.title).orElse(id);
    return new MetaView(
        id, v.version, title, source.code(), source.description(), source.methods(), c.indicators(),
        c.rows().stream().map(DataRow::timePeriod).collect(Collectors.toCollection(TreeSet::new)).stream().toList(),
        List.copyOf(new TreeSet<>(areas.keySet())), areas, c.rows().size(), List.of("c", "x", "z", "low"));
  }

  private PublicationView view(Publication p) {
    return new PublicationView(p.id, p.title, p.summary, p.theme, p.licence, dataSets.ofPublication(p.id).stream().map(d -> d.id).toList());
  }

  private DataSetView view(DataSet d) {
    var latest = versions.latestPublic(d.id, "latest");
    DataSource source = DataSetIds.dataSource(d.id);
    return new DataSetView(d.id, d.publicationId, d.title, d.summary, source.code(), source.description(), latest.map(v -> VersionView.of(v, versionService.baseUrl())).orElse(null), latest.map(v -> v.publishedAt).orElse(null));
  }
}
