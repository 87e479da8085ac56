package uk.gov.safeguarding.publication.dataset;

/** Ids of the data sets this service publishes. */
public final class DataSetIds {
  public static final String PUBLICATION = "childrens-safeguarding-performance";
  public static final String INDICATORS = "safeguarding-indicators";
  public static final String LOCAL_MEASURES = "local-measures";

  private DataSetIds() {}
}
