package uk.gov.safeguarding.publication.version;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.security.Roles;
import uk.gov.safeguarding.publication.content.VersionChanges;

@Path("/v1/data-sets/{id}/versions")
@Tag(name = "Versions", description = "Immutable versions of a data set, their files and change logs; the publishing workflow")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {
  @Inject VersionReader reader;
  @Inject VersionService service;
  @Inject PublicDownloads publicDownloads;
  @Context HttpHeaders headers;
  @Context io.vertx.core.http.HttpServerResponse raw;

  @GET
  @Operation(summary = "List versions, newest first", description = "Draft and Scheduled versions are listed only for a publisher token (pre-release access).")
  @APIResponse(responseCode = "200", description = "The versions", content = @Content(schema = @Schema(implementation = VersionView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
  @APIResponse(responseCode = "404", description = "No such data set")
  public Response list(@PathParam("id") String id) {
    List<VersionView> views = reader.list(id).stream().map(v -> VersionView.of(v, service.baseUrl())).toList();
    return Response.ok(views).header(HttpHeaders.CACHE_CONTROL, reader.mayPreview() ? Downloads.PRIVATE : Downloads.SHORT).build();
  }

  @GET
  @Path("/{version}")
  @Operation(summary = "One version")
  @APIResponse(responseCode = "200", description = "The version", content = @Content(schema = @Schema(implementation = VersionView.class)))
  @APIResponse(responseCode = "400", description = "Not a semantic version")
  @APIResponse(responseCode = "401", description = "Pre-release version and no token")
  @APIResponse(responseCode = "403", description = "Pre-release version and not a publisher")
  @APIResponse(responseCode = "404", description = "No such data set or version")
  public VersionView get(@PathParam("id") String id, @PathParam("version") String version) {
    return VersionView.of(reader.get(id, version), service.baseUrl());
  }

  @GET
  @Path("/{version}/changes")
  @Operation(summary = "Change log against the version it was based on", description = "Added, removed and changed indicators, areas, periods and values, with before and after, and the semantic-version bump they call for.")
  @APIResponse(responseCode = "200", description = "The changes (paged)", content = @Content(schema = @Schema(implementation = ChangesPage.class)))
  @APIResponse(responseCode = "400", description = "Invalid version or paging")
  @APIResponse(responseCode = "401", description = "Pre-release version and no token")
  @APIResponse(responseCode = "404", description = "No such data set or version")
  public ChangesPage changes(
      @PathParam("id") String id,
      @PathParam("version") String version,
      @QueryParam("page") @DefaultValue("1") @Min(1) int page,
      @QueryParam("pageSize") @DefaultValue("100") @Min(1) @Max(1000) int pageSize) {
    DataSetVersion v = reader.get(id, version);
    VersionChanges changes = reader.changes(id, version);
    int from = Math.min((page - 1) * pageSize, changes.changes().size());
    int to = Math.min(from + pageSize, changes.changes().size());
    return new ChangesPage(id, v.version, v.basedOn, changes.bump().name().toLowerCase(), v.notice, page, pageSize, changes.changes().size(), changes.changes().subList(from, to));
  }

  /** A page of a change log. */
  public record ChangesPage(String dataSetId, String version, String previousVersion, String bump, String notice, int page, int pageSize, int totalResults, List<VersionChanges.Change> changes) {}

  @GET
  @Path("/{version}/csv")
  @Produces({"text/csv", Problem.MEDIA_TYPE})
  @Operation(summary = "Download the version as CSV", description = "Generated once and served from storage. Strong ETag (SHA-256 of the file), If-None-Match answers 304; gzip when accepted (Accept-Encoding); a single byte range (Range: bytes=first-last, If-Range) answers 206, an unsatisfiable one 416. Columns include time_period, geographic_level, area_code (GSS), old_la_code, area_name, indicator_id, value, status (GSS symbols c, x, z, low), numerator, denominator and 95%/99.8% confidence limits.")
  @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv"))
  @APIResponse(responseCode = "206", description = "The requested byte range of the CSV file (Content-Range)", content = @Content(mediaType = "text/csv"))
  @APIResponse(responseCode = "416", description = "The Range names no byte of the file")
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  @APIResponse(responseCode = "401", description = "Pre-release version and no token")
  @APIResponse(responseCode = "403", description = "Pre-release version and not a publisher")
  @APIResponse(responseCode = "404", description = "No such data set or version")
  @APIResponse(responseCode = "410", description = "The version was withdrawn")
  public Response csv(@PathParam("id") String id, @PathParam("version") String version) {
    return download(id, version, VersionFiles.CSV, VersionFiles.CSV_GZ, ".csv");
  }

  @GET
  @Path("/{version}/json")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(summary = "Download the version as JSON", description = "Indicators with their metadata and every value; same caching as the CSV.")
  @APIResponse(responseCode = "200", description = "The JSON file", content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  @APIResponse(responseCode = "401", description = "Pre-release version and no token")
  @APIResponse(responseCode = "403", description = "Pre-release version and not a publisher")
  @APIResponse(responseCode = "404", description = "No such data set or version")
  @APIResponse(responseCode = "410", description = "The version was withdrawn")
  public Response json(@PathParam("id") String id, @PathParam("version") String version) {
    return download(id, version, VersionFiles.JSON, VersionFiles.JSON_GZ, ".json");
  }

  @GET
  @Path("/{version}/csv-metadata.json")
  @Produces({"application/csvm+json", Problem.MEDIA_TYPE})
  @Operation(summary = "CSVW metadata of the version's CSV", description = "W3C CSV on the Web table description: columns, datatypes, null symbols, licence.")
  @APIResponse(responseCode = "200", description = "CSVW metadata", content = @Content(mediaType = "application/csvm+json"))
  @APIResponse(responseCode = "404", description = "No such data set or version")
  @APIResponse(responseCode = "410", description = "The version was withdrawn")
  public Response csvMetadata(@PathParam("id") String id, @PathParam("version") String version) {
    DataSetVersion v = reader.servable(id, version);
    Map<String, Object> doc = CsvwMetadata.of(service.baseUrl(), v, reader.content(v));
    return Response.ok(doc).type("application/csvm+json").header(HttpHeaders.CACHE_CONTROL, v.status.isPublic() ? Downloads.SHORT : Downloads.PRIVATE).build();
  }

  private Response download(String id, String version, String kind, String gzKind, String extension) {
    DataSetVersion v = reader.servable(id, version);
    var plain = reader.file(v, kind).orElseThrow();
    var gz = reader.file(v, gzKind).orElse(null);
    String cache = v.status.isPublic() ? Downloads.IMMUTABLE : Downloads.PRIVATE;
    java.time.Instant modified = v.publishedAt != null ? v.publishedAt : v.updatedAt;
    if (v.status.isPublic() && v.version.equals(version)) {
      publicDownloads.register(id, v.version, kind, plain, gz, cache, modified, id + "-" + v.version + extension);
    }
    return Downloads.serve(headers, raw, plain, gz, cache, modified, id + "-" + v.version + extension);
  }

  @POST
  @Path("/{version}/publish")
  @RolesAllowed(Roles.PUBLISHER)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Publish a Draft now, or schedule it", description = "Without a body (or without scheduledFor) the version is Published at once and a DataSetReleased event goes to safeguarding.releases.v1; with scheduledFor it becomes Scheduled and is published by the scheduler at that time. A notice (e.g. a correction notice) is shown with the version.")
  @APIResponse(responseCode = "200", description = "The version, Published or Scheduled", content = @Content(schema = @Schema(implementation = VersionView.class)))
  @APIResponse(responseCode = "400", description = "scheduledFor not in the future")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not a publisher")
  @APIResponse(responseCode = "404", description = "No such data set or version")
  @APIResponse(responseCode = "409", description = "The version is not a Draft or Scheduled")
  @Consumes(MediaType.WILDCARD)
  @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishRequest.class)))
  public VersionView publish(@PathParam("id") String id, @PathParam("version") String version, String body) {
    reader.get(id, version);
    return VersionView.of(service.publish(id, version, PublishRequest.parse(body)), service.baseUrl());
  }

  @POST
  @Path("/{version}/deprecate")
  @RolesAllowed(Roles.PUBLISHER)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Deprecate a Published version", description = "It stays downloadable, marked Deprecated with the reason; a DataSetReleased event (DEPRECATED) is sent.")
  @APIResponse(responseCode = "200", description = "The version, Deprecated", content = @Content(schema = @Schema(implementation = VersionView.class)))
  @APIResponse(responseCode = "400", description = "Missing reason")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not a publisher")
  @APIResponse(responseCode = "404", description = "No such data set or version")
  @APIResponse(responseCode = "409", description = "The version is not Published")
  public VersionView deprecate(@PathParam("id") String id, @PathParam("version") String version, @Valid @NotNull StatusChangeRequest request) {
    return VersionView.of(service.deprecate(id, version, request), service.baseUrl());
  }

  @POST
  @Path("/{version}/withdraw")
  @RolesAllowed(Roles.PUBLISHER)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Withdraw a Published or Deprecated version", description = "Its files answer 410 Gone with the reason and superseding data set; a DataSetReleased event (WITHDRAWN) is sent.")
  @APIResponse(responseCode = "200", description = "The version, Withdrawn", content = @Content(schema = @Schema(implementation = VersionView.class)))
  @APIResponse(responseCode = "400", description = "Missing reason")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not a publisher")
  @APIResponse(responseCode = "404", description = "No such data set or version")
  @APIResponse(responseCode = "409", description = "The version is not public")
  public VersionView withdraw(@PathParam("id") String id, @PathParam("version") String version, @Valid @NotNull StatusChangeRequest request) {
    return VersionView.of(service.withdraw(id, version, request), service.baseUrl());
  }
}
