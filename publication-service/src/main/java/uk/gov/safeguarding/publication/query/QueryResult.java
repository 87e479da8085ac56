package uk.gov.safeguarding.publication.query;

import java.util.List;
import uk.gov.safeguarding.publication.content.DataRow;

/** One page of query results from one version. */
public record QueryResult(String dataSetId, String version, Paging paging, List<DataRow> results) {
  public record Paging(int page, int pageSize, int totalResults, int totalPages) {}
}
