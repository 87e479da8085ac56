package uk.gov.safeguarding.publication.historical;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.DataSource;
import uk.gov.safeguarding.publication.dataset.DataSetIds;
import uk.gov.safeguarding.publication.dataset.DataSetRepository;
import uk.gov.safeguarding.publication.disclosure.DisclosureControl;
import uk.gov.safeguarding.publication.version.DataSetVersionRepository;
import uk.gov.safeguarding.publication.version.PublishRequest;
import uk.gov.safeguarding.publication.version.VersionService;
import uk.gov.safeguarding.reference.AreaRegistry;

/**
 * On first start, publishes version 1.0.0 of {@code safeguarding-indicators}: the historical
 * series 2015-16 to 2024-25 (LAIT), labelled as DfE published statistics; the years the pipeline computes go to
 * {@code computed-indicators}.
 */
@ApplicationScoped
public class HistoricalBootstrap {
  private static final Logger LOG = Logger.getLogger(HistoricalBootstrap.class);

  @Inject VersionService versions;
  @Inject DataSetVersionRepository repository;
  @Inject DataSetRepository dataSets;

  @ConfigProperty(name = "publication.historical.bootstrap", defaultValue = "true")
  boolean enabled;

  void onStart(@Observes StartupEvent event) {
    if (enabled) {
      importOnce();
    }
  }

  /** Fifteen minutes: the 71,000-value import ran past JTA's default minute on a loaded CI machine. */
  @Transactional
  @TransactionConfiguration(timeout = 900)
  public void importOnce() {
    // replicas start together: the first to lock the data set imports, the others then see its version
    dataSets.lock(DataSetIds.INDICATORS);
    if (repository.latestReleased(DataSetIds.INDICATORS).isPresent() || repository.draft(DataSetIds.INDICATORS).isPresent()) {
      return;
    }
    HistoricalSeries series = HistoricalSeries.load(AreaRegistry.standard());
    DataSetContent content = new DataSetContent(series.indicators(), DataSource.DFE_PUBLISHED_STATISTICS.label(
        SourceSymbols.apply(DisclosureControl.apply(series.indicators(), series.values()), series.sourceSymbols())));
    versions.proposeDraft(DataSetIds.INDICATORS, working -> content);
    versions.publish(
        DataSetIds.INDICATORS,
        "1.0.0",
        new PublishRequest(null, "Historical series 2015-16 to 2024-25 from DfE published statistics (LAIT), mapped to catalogue indicators. "
            + series.sourceSymbols().size() + " values that the DfE publication suppressed (LAIT symbol '" + SourceSymbols.LAIT_SUPPRESSED
            + "') are published as c (confidential), not x."));
    LOG.infof("Published the historical series as %s 1.0.0 (%d values)", DataSetIds.INDICATORS, content.rows().size());
  }
}
