package uk.gov.safeguarding.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The role matrix (security/role-matrix.csv): every endpoint of every running service, called by
 * every kind of caller with a real Keycloak token, gets the expected allow or deny.
 *
 * <ul>
 *   <li>deny: anonymous gets 401; a token gets 403, or 404 where a service hides that another
 *       LA's item exists. Either way problem+json.
 *   <li>allow: the request passes authorisation: not 401/403, never 5xx; where the path names an
 *       item created for the matrix ({returnId}, {evidenceId}, ...), a 2xx.
 * </ul>
 *
 * The matrix must also cover every operation that the services' live OpenAPI documents list, so a
 * new endpoint cannot slip in without its row.
 */
class RoleMatrixIT {
  static final List<String> CALLERS = List.of("anonymous", "la-own", "la-other", "dfe-analyst", "publisher", "data-steward", "admin");
  static final Set<String> FIXTURES = Set.of("{returnId}", "{workforceId}", "{evidenceId}", "{freshEvidenceId}", "{selfAssessmentId}", "{benchmarkingSetId}");
  static final Set<String> SERVICES = Set.of("ingestion", "indicator", "evidence", "publication");

  record Row(String service, String method, String path, String caller, String expected, String body) {}

  static List<Row> rows;
  static MatrixFixtures fixtures;

  @BeforeAll
  static void load() throws Exception {
    CsvMapper csv = new CsvMapper();
    try (InputStream in = RoleMatrixIT.class.getResourceAsStream("/security/role-matrix.csv")) {
      MappingIterator<Row> it = csv.readerFor(Row.class).with(CsvSchema.emptySchema().withHeader().withComments()).readValues(in);
      rows = it.readAll();
    }
    fixtures = new MatrixFixtures();
    fixtures.create();
  }

  @Test
  void everyRowHasAKnownServiceCallerAndExpectation() {
    assertThat(rows).isNotEmpty().allSatisfy(r -> {
      assertThat(r.service()).isIn(SERVICES);
      assertThat(r.caller()).isIn(CALLERS);
      assertThat(r.expected()).isIn("allow", "deny");
    });
  }

  @Test
  void everyOperationIsTriedByEveryCaller() {
    Map<String, Set<String>> callersByOperation =
        rows.stream().collect(Collectors.groupingBy(r -> r.service() + " " + r.method() + " " + r.path(), Collectors.mapping(Row::caller, Collectors.toSet())));
    assertThat(callersByOperation).allSatisfy((operation, callers) -> assertThat(callers).as(operation).containsAll(CALLERS));
  }

  @Test
  void theMatrixCoversEveryOperationTheServicesDocument() throws Exception {
    Set<String> documented = new TreeSet<>();
    for (String service : SERVICES) {
      HttpResponse<String> spec = MatrixFixtures.send("GET", Urls.of(service) + "/q/openapi?format=json", null, null, null);
      assertThat(spec.statusCode()).as("%s OpenAPI", service).isEqualTo(200);
      JsonNode paths = MatrixFixtures.JSON.readTree(spec.body()).path("paths");
      for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
        var path = it.next();
        for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
          String method = methods.next().toUpperCase();
          if (Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
            documented.add(service + " " + method + " " + template(path.getKey()));
          }
        }
      }
    }
    Set<String> covered = rows.stream().map(r -> r.service() + " " + r.method() + " " + template(r.path())).collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(covered);
    Set<String> stale = new TreeSet<>(covered);
    stale.removeAll(documented);
    assertThat(missing).as("documented operations without matrix rows").isEmpty();
    assertThat(stale).as("matrix rows for operations no service documents").isEmpty();
  }

  @Test
  void everyCallerGetsExactlyTheExpectedAllowOrDeny() throws Exception {
    List<String> unexpected = new ArrayList<>();
    List<String> report = new ArrayList<>();
    report.add("service,method,path,caller,expected,status,outcome");
    for (Row row : rows) {
      String url = Urls.of(row.service()) + fixtures.resolve(row.path());
      String[] body = fixtures.body(row.body() == null ? "" : row.body());
      HttpResponse<String> response;
      String problem;
      try {
        response = MatrixFixtures.send(row.method(), url, Callers.token(row.caller()), body == null ? null : body[0], body == null ? null : body[1]);
        problem = judge(row, response);
      } catch (IOException | RuntimeException e) {
        response = null;
        problem = "request failed: " + e;
      }
      report.add(String.join(",", row.service(), row.method(), row.path(), row.caller(), row.expected(), response == null ? "-" : String.valueOf(response.statusCode()), problem == null ? "ok" : "UNEXPECTED"));
      if (problem != null) {
        unexpected.add(row.service() + " " + row.method() + " " + row.path() + " as " + row.caller() + ": expected " + row.expected() + ", " + problem);
      }
    }
    Path out = Path.of("target", "role-matrix-results.csv");
    Files.createDirectories(out.getParent());
    Files.write(out, report);
    assertThat(unexpected).as("unexpected outcomes of %d cells (full table in %s)", rows.size(), out.toAbsolutePath()).isEmpty();
  }

  static String judge(Row row, HttpResponse<String> response) {
    int status = response.statusCode();
    String type = response.headers().firstValue("Content-Type").orElse("");
    String got = "got " + status + " " + abbreviate(response.body());
    if (status >= 500) {
      return got;
    }
    boolean namesFixture = FIXTURES.stream().anyMatch(row.path()::contains);
    if (row.expected().equals("deny")) {
      boolean denied = row.caller().equals("anonymous") ? status == 401 : status == 403 || (status == 404 && namesFixture);
      if (!denied) {
        return got;
      }
      return type.startsWith("application/problem+json") ? null : got + " without problem+json";
    }
    if (status == 401 || status == 403) {
      return got;
    }
    if (namesFixture && status >= 300) {
      return got;
    }
    return null;
  }

  /** Path without query, each {parameter} as {} so matrix and OpenAPI templates compare. */
  static String template(String path) {
    String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    p = p.replaceAll("\\{[^}]+}", "{}");
    // the matrix writes fixed values where OpenAPI has parameters
    p = p.replaceAll("/v1/local-authorities/[^/]+", "/v1/local-authorities/{}")
        .replaceAll("/v1/regions/[^/]+", "/v1/regions/{}")
        .replaceAll("/v1/areas/[^/]+/", "/v1/areas/{}/")
        .replaceAll("/v1/source-data/[^/]+/[^/]+", "/v1/source-data/{}/{}");
    return p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
  }

  private static String abbreviate(String s) {
    String one = s == null ? "" : s.replace('\n', ' ');
    return one.length() > 160 ? one.substring(0, 160) + "..." : one;
  }

}
