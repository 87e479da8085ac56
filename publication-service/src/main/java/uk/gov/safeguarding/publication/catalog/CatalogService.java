package uk.gov.safeguarding.publication.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.publication.dataset.DataSetRepository;
import uk.gov.safeguarding.publication.dataset.PublicationRepository;
import uk.gov.safeguarding.publication.version.DataSetVersionRepository;
import uk.gov.safeguarding.publication.version.VersionService;

/** The DCAT-AP style catalogue of every data set and its latest published distributions. */
@ApplicationScoped
public class CatalogService {
  @Inject PublicationRepository publications;
  @Inject DataSetRepository dataSets;
  @Inject DataSetVersionRepository versions;
  @Inject VersionService versionService;

  @Transactional
  public Map<String, Object> catalog() {
    String base = versionService.baseUrl();
    List<Map<String, Object>> datasets = new ArrayList<>();
    for (var p : publications.listAll()) {
      for (var d : dataSets.ofPublication(p.id)) {
        Map<String, Object> ds = new LinkedHashMap<>();
        ds.put("@id", base + "/v1/data-sets/" + d.id);
        ds.put("@type", "dcat:Dataset");
        ds.put("dct:identifier", d.id);
        ds.put("dct:title", d.title);
        ds.put("dct:description", d.summary);
        ds.put("dct:isPartOf", base + "/v1/publications/" + p.id);
        ds.put("dct:license", Map.of("@id", p.licence));
        ds.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name", "Department for Education"));
        ds.put("dct:spatial", Map.of("@id", "http://statistics.data.gov.uk/id/statistical-geography/E92000001"));
        ds.put("dcat:theme", p.theme);
        ds.put("dcat:keyword", List.of("safeguarding", "children in need", "child protection", "children's social care"));
        versions.latestPublic(d.id, "latest").ifPresent(v -> {
          String self = base + "/v1/data-sets/" + d.id + "/versions/" + v.version;
          ds.put("dcat:version", v.version);
          ds.put("dct:issued", v.publishedAt == null ? null : v.publishedAt.toString());
          ds.put("dcat:distribution", List.of(
              distribution(self + "/csv", "text/csv", "CSV", self + "/csv-metadata.json"),
              distribution(self + "/json", "application/json", "JSON", null),
              distribution(base + "/v1/data-sets/" + d.id + "/query", "application/json", "Query API", null)));
        });
        datasets.add(ds);
      }
    }
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("dcat", "http://www.w3.org/ns/dcat#");
    context.put("dct", "http://purl.org/dc/terms/");
    context.put("foaf", "http://xmlns.com/foaf/0.1/");
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", context);
    doc.put("@id", base + "/v1/catalog");
    doc.put("@type", "dcat:Catalog");
    doc.put("dct:title", "Safeguarding Open Data");
    doc.put("dct:description", "Children's safeguarding performance information for England as versioned open data.");
    doc.put("dcat:dataset", datasets);
    return doc;
  }

  private static Map<String, Object> distribution(String url, String mediaType, String title, String describedBy) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("@type", "dcat:Distribution");
    d.put("dct:title", title);
    d.put("dcat:accessURL", Map.of("@id", url));
    d.put("dcat:downloadURL", Map.of("@id", url));
    d.put("dcat:mediaType", mediaType);
    if (describedBy != null) {
      d.put("dct:conformsTo", Map.of("@id", describedBy));
    }
    return d;
  }
}
