package uk.gov.safeguarding.publication.query;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.publication.content.ContentCodec;
import uk.gov.safeguarding.publication.version.Downloads;

@Path("/v1/data-sets/{id}/query")
@Tag(name = "Query", description = "Filter, sort and page the values of a published version")
@Produces({MediaType.APPLICATION_JSON, QueryResource.CSV})
public class QueryResource {
  static final String CSV = "text/csv";

  @Inject QueryService service;

  @GET
  @Operation(summary = "Query a data set", description = "Comma-separated lists; filters of different kinds combine with AND. Pin a version with version=1.2.0 or a wildcard such as 2.*; the default is the latest published version. JSON by default; CSV (the columns of the version's CSV, streamed) with Accept: text/csv or format=csv, every matching row unless page or pageSize is given.")
  @APIResponse(responseCode = "200", description = "A page of values (JSON) or the matching rows (CSV), with a strong ETag", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QueryResult.class)),
      @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
  @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named the ETag of this answer")
  @APIResponse(responseCode = "400", description = "An invalid parameter, named in errors[].path")
  @APIResponse(responseCode = "404", description = "No such data set, or no published version matches")
  @APIResponse(responseCode = "410", description = "The pinned version was withdrawn")
  public Response get(
      @PathParam("id") String id,
      @Parameter(description = "Indicator ids") @QueryParam("indicators") @Size(max = 2000) String indicators,
      @Parameter(description = "GSS codes or old LA codes") @QueryParam("areas") @Size(max = 6000) String areas,
      @Parameter(description = "Region GSS codes") @QueryParam("regions") @Size(max = 300) String regions,
      @Parameter(description = "National, Regional, Local authority") @QueryParam("geographicLevels") @Size(max = 100) String levels,
      @Parameter(description = "Exact periods, e.g. 2024-25") @QueryParam("periods") @Size(max = 600) String periods,
      @QueryParam("periodFrom") @Pattern(regexp = "\\d{4}-\\d{2}") String periodFrom,
      @QueryParam("periodTo") @Pattern(regexp = "\\d{4}-\\d{2}") String periodTo,
      @Parameter(description = "e.g. timePeriod:desc,value:asc") @QueryParam("sort") @Size(max = 200) String sort,
      @QueryParam("page") @Min(1) Integer page,
      @QueryParam("pageSize") @Min(1) @Max(10000) Integer pageSize,
      @Parameter(description = "1.2.0, 2.*, 2.1.* or latest") @QueryParam("version") @Size(max = 20) String version,
      @Parameter(description = "json (default) or csv; overrides Accept") @QueryParam("format") @Pattern(regexp = "json|csv") String format,
      @Context HttpHeaders headers) {
    QueryRequest q = new QueryRequest(split(indicators), split(areas), split(regions), split(levels), split(periods), periodFrom, periodTo, split(sort), page, pageSize, version);
    return answer(id, q, format, headers);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Query a data set (JSON body)", description = "The same query as GET, as a JSON body, for long filter lists.")
  @APIResponse(responseCode = "200", description = "A page of values (JSON) or the matching rows (CSV: Accept: text/csv or format=csv), with a strong ETag", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QueryResult.class)),
      @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
  @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named the ETag of this answer")
  @APIResponse(responseCode = "400", description = "An invalid field, named in errors[].path")
  @APIResponse(responseCode = "404", description = "No such data set, or no published version matches")
  public Response post(
      @PathParam("id") String id,
      @Valid QueryRequest body,
      @Parameter(description = "json (default) or csv; overrides Accept") @QueryParam("format") @Pattern(regexp = "json|csv") String format,
      @Context HttpHeaders headers) {
    QueryRequest q = body == null ? new QueryRequest(null, null, null, null, null, null, null, null, null, null, null) : body;
    return answer(id, q, format, headers);
  }

  private Response answer(String id, QueryRequest q, String format, HttpHeaders headers) {
    return wantsCsv(format, headers) ? respondCsv(service.csv(id, q), q.version(), headers) : respond(service.answer(id, q), q.version(), headers);
  }

  /** CSV when format=csv, or without format when Accept names text/csv before (or without) JSON. */
  static boolean wantsCsv(String format, HttpHeaders headers) {
    if (format != null) {
      return format.equals("csv");
    }
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
        return false;
      }
      if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
        return true;
      }
    }
    return false;
  }

  /** The matching rows as CSV, written row by row to the response. */
  private static Response respondCsv(QueryService.CsvAnswer answer, String requestedVersion, HttpHeaders headers) {
    String cacheControl = cacheControl(requestedVersion);
    EntityTag etag = new EntityTag(answer.etag());
    if (notModified(answer.etag(), headers)) {
      return Response.notModified(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }
    StreamingOutput body = out -> ContentCodec.writeCsv(out, answer.indicators(), answer.rows());
    return Response.ok(body, CSV + "; charset=UTF-8").tag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
        .header("Content-Disposition", "attachment; filename=\"" + answer.dataSetId() + "-" + answer.version() + "-query.csv\"").build();
  }

  /** True when the request's If-None-Match names this ETag. */
  private static boolean notModified(String etag, HttpHeaders headers) {
    String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    return ifNoneMatch != null && Downloads.matches(ifNoneMatch, etag);
  }

  private static String cacheControl(String requestedVersion) {
    boolean pinned = requestedVersion != null && requestedVersion.matches("\\d+\\.\\d+\\.\\d+");
    return pinned ? Downloads.IMMUTABLE : Downloads.SHORT;
  }

  /** The answer with a strong ETag; 304 when If-None-Match names it. */
  private static Response respond(QueryService.Answer answer, String requestedVersion, HttpHeaders headers) {
    String cacheControl = cacheControl(requestedVersion);
    EntityTag etag = new EntityTag(answer.etag());
    if (notModified(answer.etag(), headers)) {
      return Response.notModified(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }
    return Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE).tag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
  }

  static List<String> split(String csv) {
    if (csv == null || csv.isBlank()) {
      return null;
    }
    return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
