package uk.gov.safeguarding.ingestion.workforce;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.platform.security.Roles;

@Path("/v1/returns/workforce")
@Tag(name = "Workforce returns", description = "Children's social work workforce per LA and collection year: FTE, vacancies, leavers, agency, absence, cases")
public class WorkforceResource {
  @Inject WorkforceService service;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.LA_SUBMITTER)
  @Operation(summary = "Submit a workforce return (JSON)", description = "For the token's own LA. Creates a new version when the figures changed (201) and emits MeasuresComputed (source WORKFORCE); the same figures again return the stored version (200).")
  @APIResponse(responseCode = "201", description = "A new version was stored", content = @Content(schema = @Schema(implementation = WorkforceReturnView.class)))
  @APIResponse(responseCode = "200", description = "Identical to the latest version, which is returned", content = @Content(schema = @Schema(implementation = WorkforceReturnView.class)))
  @APIResponse(responseCode = "400", description = "Invalid return: every error with its field path and rule code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
      examples = @ExampleObject(name = "negative", value = "{\"type\":\"urn:problem:validation\",\"title\":\"Validation failed\",\"status\":400,\"detail\":\"The workforce return has 1 error(s)\",\"errors\":[{\"path\":\"/leaversFte\",\"rule\":\"NonNegative\",\"message\":\"leaversFte must not be negative\"}]}")))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an LA submitter, or another LA's return")
  public Response submitJson(WorkforceReturnRequest body) {
    if (body == null) {
      throw ProblemException.validation("$", "Required", "A JSON body is required");
    }
    return respond(service.submit(body));
  }

  @POST
  @Consumes("text/csv")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.LA_SUBMITTER)
  @Operation(summary = "Submit a workforce return (CSV)", description = "A header row with collectionYear, socialWorkersFte, vacanciesFte, leaversFte, agencyFte, absenceDays, workingDaysAvailable, casesHeld (optional laCode) and one data row.")
  @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
      example = "collectionYear,socialWorkersFte,vacanciesFte,leaversFte,agencyFte,absenceDays,workingDaysAvailable,casesHeld\n2025,229.5,53,34,41.5,2300,59800,3400\n"))
  @APIResponse(responseCode = "201", description = "A new version was stored", content = @Content(schema = @Schema(implementation = WorkforceReturnView.class)))
  @APIResponse(responseCode = "200", description = "Identical to the latest version, which is returned", content = @Content(schema = @Schema(implementation = WorkforceReturnView.class)))
  @APIResponse(responseCode = "400", description = "Invalid or malformed CSV, with line and column")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an LA submitter, or another LA's return")
  public Response submitCsv(String body) {
    return respond(service.submitCsv(body));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LA_SUBMITTER, Roles.LA_ANALYST, Roles.DFE_ANALYST, Roles.PUBLISHER, Roles.DATA_STEWARD, Roles.ADMIN})
  @Operation(summary = "List workforce return versions", description = "Newest version first per LA and year. LA tokens see their own LA only.")
  @APIResponse(responseCode = "200", description = "The versions", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WorkforceReturnView.class)))
  @APIResponse(responseCode = "400", description = "Invalid query")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "The token cannot read this LA")
  public List<WorkforceReturnView> list(
      @Parameter(description = "Old three-digit LA code; defaults to the token's LA") @QueryParam("la") @Pattern(regexp = "\\d{3}") String la,
      @Parameter(description = "Year the collection ends") @QueryParam("collectionYear") @Min(2010) @Max(2100) Integer collectionYear) {
    return service.list(la, collectionYear);
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LA_SUBMITTER, Roles.LA_ANALYST, Roles.DFE_ANALYST, Roles.PUBLISHER, Roles.DATA_STEWARD, Roles.ADMIN})
  @Operation(summary = "Read one workforce return version")
  @APIResponse(responseCode = "200", description = "The version", content = @Content(schema = @Schema(implementation = WorkforceReturnView.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "No such return visible to this token")
  public WorkforceReturnView get(@PathParam("id") UUID id) {
    return service.find(id).filter(v -> caller.mayAccess(v.laCode())).orElseThrow(() -> ProblemException.notFound("No workforce return " + id));
  }

  private static Response respond(WorkforceService.Submitted s) {
    if (s.created()) {
      return Response.created(URI.create("/v1/returns/workforce/" + s.view().id())).entity(s.view()).build();
    }
    return Response.ok(s.view()).build();
  }
}
