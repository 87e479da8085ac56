package uk.gov.safeguarding.publication.version;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.publication.content.ContentCodec;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.DataSource;
import uk.gov.safeguarding.publication.dataset.DataSetIds;

/** W3C CSV on the Web metadata for a version's CSV. */
public final class CsvwMetadata {
  private static final Map<String, String[]> COLUMNS = new LinkedHashMap<>();

  static {
    col("time_period", "string", "Collection year, e.g. 2024-25 (1 April to 31 March)");
    col("time_identifier", "string", "Financial year");
    col("geographic_level", "string", "National, Regional or Local authority");
    col("country_code", "string", "GSS code of England");
    col("region_code", "string", "GSS code of the region (E12)");
    col("area_code", "string", "GSS code of the area");
    col("old_la_code", "string", "DfE three-digit local authority code");
    col("area_name", "string", "Area name");
    col("indicator_id", "string", "Catalogue indicator id");
    col("indicator_title", "string", "Indicator title");
    col("unit", "string", "Unit of the value");
    col("value", "decimal", "The value; a GSS symbol when not published");
    col("status", "string", "GSS symbol: c suppressed, x not available, z not applicable, low rounds to zero; empty when published");
    col("numerator", "decimal", "Numerator, where safe to publish");
    col("denominator", "decimal", "Denominator, where safe to publish");
    col("lower_ci_95", "decimal", "Lower 95% confidence limit");
    col("upper_ci_95", "decimal", "Upper 95% confidence limit");
    col("lower_ci_99_8", "decimal", "Lower 99.8% confidence limit");
    col("upper_ci_99_8", "decimal", "Upper 99.8% confidence limit");
    col("compared_with_england", "string", "Benchmark against England");
    col("compared_with_region", "string", "Benchmark against the region");
    col("compared_with_neighbours", "string", "Benchmark against statistical neighbours");
    col("data_source", "string", "Where the row comes from: dfe-published-statistics (imported DfE history), computed (by this platform from LA returns; synthetic in the demo) or local-authority");
  }

  private CsvwMetadata() {}

  private static void col(String name, String datatype, String title) {
    COLUMNS.put(name, new String[] {datatype, title});
  }

  public static Map<String, Object> of(String baseUrl, DataSetVersion v, DataSetContent content) {
    if (!COLUMNS.keySet().equals(new java.util.LinkedHashSet<>(ContentCodec.CSV_COLUMNS))) {
      throw new IllegalStateException("CSVW columns out of step with the CSV");
    }
    String self = baseUrl + "/v1/data-sets/" + v.dataSetId + "/versions/" + v.version;
    List<Map<String, Object>> columns = new ArrayList<>();
    COLUMNS.forEach(
        (name, spec) -> {
          Map<String, Object> c = new LinkedHashMap<>();
          c.put("name", name);
          c.put("titles", name);
          c.put("dc:description", spec[1]);
          if (spec[0].equals("decimal")) {
            c.put("datatype", Map.of("base", "decimal"));
            c.put("null", List.of("", "c", "x", "z", "low"));
          } else {
            c.put("datatype", "string");
          }
          columns.add(c);
        });
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", "http://www.w3.org/ns/csvw");
    doc.put("url", self + "/csv");
    doc.put("dc:title", v.dataSetId + " " + v.version);
    doc.put("dc:license", Map.of("@id", "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"));
    doc.put("dc:modified", v.publishedAt == null ? null : v.publishedAt.toString());
    doc.put("dc:identifier", v.contentHash);
    DataSource source = DataSetIds.dataSource(v.dataSetId);
    doc.put("rdfs:comment", content.rows().size() + " rows, " + content.indicators().size() + " indicators. " + source.description());
    doc.put("dc:source", source.code());
    doc.put("prov:wasGeneratedBy", source.methods());
    doc.put("tableSchema", Map.of("columns", columns, "primaryKey", List.of("indicator_id", "area_code", "time_period")));
    return doc;
  }
}
