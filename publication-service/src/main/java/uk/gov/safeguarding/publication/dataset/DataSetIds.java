package uk.gov.safeguarding.publication.dataset;

import uk.gov.safeguarding.publication.content.DataSource;

/** Ids of the data sets this service publishes, and where each one's rows come from. */
public final class DataSetIds {
  public static final String PUBLICATION = "childrens-safeguarding-performance";
  /** The historical series imported from DfE published statistics (1.0.0 on first start). */
  public static final String INDICATORS = "safeguarding-indicators";
  /** The collection years computed by the pipeline from LA returns (indicator snapshots). */
  public static final String COMPUTED = "computed-indicators";
  public static final String LOCAL_MEASURES = "local-measures";

  private DataSetIds() {}

  /** The source of a data set's rows. */
  public static DataSource dataSource(String dataSetId) {
    return switch (dataSetId) {
      case COMPUTED -> DataSource.COMPUTED;
      case LOCAL_MEASURES -> DataSource.LOCAL_AUTHORITY;
      default -> DataSource.DFE_PUBLISHED_STATISTICS;
    };
  }
}
