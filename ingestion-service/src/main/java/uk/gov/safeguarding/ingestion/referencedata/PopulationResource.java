package uk.gov.safeguarding.ingestion.referencedata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.platform.security.Roles;

@Path("/v1/reference-data/population")
@Tag(name = "Reference data", description = "Other-source data uploaded by data stewards: ONS mid-year population aged 0-17 per LA")
public class PopulationResource {
  @Inject PopulationService service;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.DATA_STEWARD)
  @Operation(summary = "Upload population aged 0-17 (JSON)", description = "Counts per LA (old or GSS code) for one collection year, with provenance. Each LA whose value changed gets a new version and one MeasuresComputed event (source POPULATION, count POPULATION_0_17); identical re-uploads change nothing.")
  @APIResponse(responseCode = "201", description = "At least one value was new or changed", content = @Content(schema = @Schema(implementation = PopulationUploadView.class)))
  @APIResponse(responseCode = "200", description = "Every value was already stored", content = @Content(schema = @Schema(implementation = PopulationUploadView.class)))
  @APIResponse(responseCode = "400", description = "Invalid upload: every error with its path (e.g. /values/3/laCode) and rule code; nothing stored")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not a data steward")
  public Response uploadJson(PopulationUploadRequest body) {
    if (body == null) {
      throw ProblemException.validation("$", "Required", "A JSON body is required");
    }
    return respond(service.upload(caller.name(), body));
  }

  @POST
  @Consumes("text/csv")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.DATA_STEWARD)
  @Operation(summary = "Upload population aged 0-17 (CSV)", description = "Header laCode,population0to17; the collection year and provenance as query parameters.")
  @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = "laCode,population0to17\n301,66460\nE09000003,92000\n"))
  @APIResponse(responseCode = "201", description = "At least one value was new or changed", content = @Content(schema = @Schema(implementation = PopulationUploadView.class)))
  @APIResponse(responseCode = "200", description = "Every value was already stored", content = @Content(schema = @Schema(implementation = PopulationUploadView.class)))
  @APIResponse(responseCode = "400", description = "Invalid or malformed upload, with line and column; nothing stored")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not a data steward")
  public Response uploadCsv(
      @Parameter(description = "Collection year the values apply to", required = true, example = "2025") @QueryParam("collectionYear") Integer collectionYear,
      @Parameter(description = "Provenance: publisher, release, licence", required = true) @QueryParam("source") String source,
      String body) {
    return respond(service.uploadCsv(caller.name(), collectionYear, source, body));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LA_SUBMITTER, Roles.LA_ANALYST, Roles.DFE_ANALYST, Roles.PUBLISHER, Roles.DATA_STEWARD, Roles.ADMIN})
  @Operation(summary = "Latest population values", description = "The latest version per LA and year, with provenance. LA tokens see their own LA only.")
  @APIResponse(responseCode = "200", description = "The values", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PopulationValueView.class)))
  @APIResponse(responseCode = "400", description = "Invalid query")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "The token cannot read this LA")
  public List<PopulationValueView> list(
      @Parameter(description = "Year the collection ends") @QueryParam("collectionYear") @Min(2010) @Max(2100) Integer collectionYear,
      @Parameter(description = "Old three-digit LA code; defaults to the token's LA for LA tokens") @QueryParam("la") @Pattern(regexp = "\\d{3}") String la) {
    return service.list(collectionYear, la);
  }

  private static Response respond(PopulationUploadView view) {
    return Response.status(view.changed() > 0 ? 201 : 200).entity(view).build();
  }
}
