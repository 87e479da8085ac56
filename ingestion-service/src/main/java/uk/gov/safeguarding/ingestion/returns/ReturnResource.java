package uk.gov.safeguarding.ingestion.returns;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import io.vertx.ext.web.RoutingContext;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.platform.messaging.PipelineStages;
import uk.gov.safeguarding.platform.security.Roles;

/** CIN census returns: submit, read a version, its findings, list versions. */
@Path("/v1/returns")
@Tag(name = "CIN returns", description = "Children in Need census returns: submission, versions and validation reports")
@SecurityRequirement(name = "bearer")
public class ReturnResource {
  private final ReturnService service;
  @Inject PipelineStages stages;

  public ReturnResource(ReturnService service) {
    this.service = service;
  }

  @POST
  @Path("/cin")
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.LA_SUBMITTER)
  @Operation(
      summary = "Submit a CIN census return",
      description = "Streams the CIN census XML (collection years 2022 to 2026; optionally gzip with Content-Encoding: gzip), applies the rules in force "
          + "for the header's year and stores a new version: ACCEPTED when no rule raised an error (queries allowed), else REJECTED with its findings. "
          + "The header's LEA must be the token's LA. The same payload (content hash) or Idempotency-Key again answers the existing version with 200.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "201", description = "New version stored; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReturnSummary.class)))
  @APIResponse(responseCode = "200", description = "This payload or Idempotency-Key was already stored: the existing version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReturnSummary.class)))
  @APIResponse(responseCode = "400", description = "Malformed XML (with line and column), forbidden DTD/entities, a value not of its schema type, or an unsupported collection year; nothing stored")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Not an LA submitter, or the LEA is not the token's LA; nothing stored")
  @APIResponse(responseCode = "409", description = "The same return is being submitted concurrently")
  @APIResponse(responseCode = "413", description = "The body (or its decompressed content) is over the size limit; nothing stored")
  @APIResponse(responseCode = "415", description = "Not XML, or an unsupported Content-Encoding")
  public Response submit(
      InputStream body,
      @Parameter(description = "gzip or absent") @HeaderParam("Content-Encoding") String contentEncoding,
      @HeaderParam("Content-Length") Long contentLength,
      @Parameter(description = "Client key making retries safe: a key already used by this LA answers its version") @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri,
      @Context RoutingContext http) {
    try {
      // pipeline.stage{stage=accept}: the push from its first byte read to its commit
      ReturnService.Submitted s = stages.timer("accept", "CinReturn").record(() -> service.submit(body, contentEncoding, contentLength, idempotencyKey));
      var location = uri.getBaseUriBuilder().path("v1/returns/{id}").build(s.summary().id());
      return (s.created() ? Response.created(location) : Response.ok().location(location)).entity(s.summary()).build();
    } finally {
      UnreadBody.discardAndClose(http, service.maxBodySize());
    }
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Authenticated
  @Operation(summary = "A return version", description = "Status, version and counts. Readable by the owning LA and national roles.")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReturnSummary.class)))
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Another LA's return")
  @APIResponse(responseCode = "404", description = "No such return")
  public ReturnSummary get(@PathParam("id") UUID id) {
    return service.get(id);
  }

  @GET
  @Path("/{id}/issues")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  @Authenticated
  @Operation(
      summary = "The findings of a return version",
      description = "Every finding with rule code, type, message, LAchildID, module, path, field, value and row reference (line of the child), "
          + "whole-return findings apart, and a count per rule. JSON by default, CSV (one row per finding) with Accept: text/csv. "
          + "Child-level: readable only by the owning LA and national roles.")
  @APIResponse(responseCode = "200", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuesReport.class)),
      @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Another LA's return")
  @APIResponse(responseCode = "404", description = "No such return")
  @APIResponse(responseCode = "406", description = "Neither JSON nor CSV acceptable")
  public Response issues(@PathParam("id") UUID id, @HeaderParam("Accept") String accept) {
    if (accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON)) {
      return Response.ok(service.issuesCsv(id), "text/csv").header("Content-Disposition", "attachment; filename=\"cin-return-" + id + "-issues.csv\"").build();
    }
    return Response.ok(service.issues(id), MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Authenticated
  @Operation(summary = "Return versions", description = "Versions with their status, newest first per LA and year. An LA's token sees only its own LA.")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReturnSummary.class)))
  @APIResponse(responseCode = "400", description = "Invalid query parameter")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Another LA's returns")
  public List<ReturnSummary> list(
      @Parameter(description = "Year the collection ends, e.g. 2025") @QueryParam("collectionYear") Integer collectionYear,
      @Parameter(description = "Old three-digit LA code") @QueryParam("la") String la) {
    return service.list(collectionYear, la);
  }
}
