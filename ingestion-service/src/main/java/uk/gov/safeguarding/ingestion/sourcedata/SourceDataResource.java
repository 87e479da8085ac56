package uk.gov.safeguarding.ingestion.sourcedata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.platform.security.Roles;

@Path("/v1/source-data")
@Tag(name = "Source data", description = "Other-source data uploaded by data stewards as counts with their denominators (population, free school meals, hospital admissions, A&E, offences, Cafcass, NPD outcomes of children in need)")
public class SourceDataResource {
  @Inject SourceDataService service;
  @Inject Caller caller;

  @PUT
  @Path("/{dataset}/{period}")
  @Consumes("text/csv")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.DATA_STEWARD)
  @Operation(summary = "Upload a dataset's counts for one period (CSV)",
      description = "Header areaCode,numerator,denominator (denominator empty or absent for ons-population-0-17); one row per LA, old three-digit or GSS code; "
          + "whole non-negative counts, never rates. Provenance as query parameters. The upload is checked as a whole: any error rejects it and nothing is stored. "
          + "A file whose content (values and provenance) differs from the latest version becomes a new version; each LA whose counts changed gets one "
          + "MeasuresComputed event (source = the dataset's measureSource, counts = its numerator and denominator codes, sourceVersion = the LA's change count). "
          + "LAs the file omits keep their earlier values downstream.")
  @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
      examples = @ExampleObject(name = "hospital admissions", value = "areaCode,numerator,denominator\n301,412,66460\nE09000003,515,92000\n")))
  @APIResponse(responseCode = "201", description = "A new version was stored", content = @Content(schema = @Schema(implementation = SourceDataViews.UploadResult.class)))
  @APIResponse(responseCode = "200", description = "Identical to the latest version: that version, nothing emitted", content = @Content(schema = @Schema(implementation = SourceDataViews.UploadResult.class)))
  @APIResponse(responseCode = "400", description = "Invalid upload: every error with its path (csv/line/3/numerator, period, source) and rule (UnknownArea, DuplicateArea, NonNegative, WholeNumber, InvalidNumber, NumeratorExceedsDenominator, InvalidPeriod, Required, UnknownColumn, ...); nothing stored",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not a data steward")
  @APIResponse(responseCode = "404", description = "Unknown dataset (rule UnknownDataset)")
  public Response upload(
      @Parameter(description = "Dataset id from GET /v1/source-data", example = "hospital-admissions-injuries-0-17") @PathParam("dataset") String dataset,
      @Parameter(description = "Period in the dataset's format: YYYY for mid-year estimates, YYYY-YY for financial and academic years", example = "2024-25") @PathParam("period") String period,
      @Parameter(description = "Provenance: publisher and publication", required = true, example = "NHS England, Hospital Episode Statistics") @QueryParam("source") String source,
      @Parameter(description = "Provenance: the release the figures come from", required = true, example = "HES 2024-25, published 2025-11-13") @QueryParam("release") String release,
      @Parameter(description = "Provenance: licence of the figures", required = true, example = "Open Government Licence v3.0") @QueryParam("licence") String licence,
      @Parameter(description = "Provenance: address of the release (http or https)") @QueryParam("url") String url,
      String body) {
    SourceDataViews.UploadResult result = service.upload(dataset, period, new Provenance(source, release, licence, url), body, caller.name());
    return Response.status(result.created() ? 201 : 200).entity(result).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LA_SUBMITTER, Roles.LA_ANALYST, Roles.DFE_ANALYST, Roles.PUBLISHER, Roles.DATA_STEWARD, Roles.ADMIN})
  @Operation(summary = "The source-data catalogue and stored versions",
      description = "Every dataset a data steward may upload (numerator and denominator meaning, period type, measure codes) with its stored versions and their provenance.")
  @APIResponse(responseCode = "200", description = "The datasets", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SourceDataViews.Dataset.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  public List<SourceDataViews.Dataset> catalogue() {
    return service.catalogue();
  }

  @GET
  @Path("/{dataset}/{period}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LA_SUBMITTER, Roles.LA_ANALYST, Roles.DFE_ANALYST, Roles.PUBLISHER, Roles.DATA_STEWARD, Roles.ADMIN})
  @Operation(summary = "The counts of a dataset and period",
      description = "The latest version's values (or the given version's), with provenance. Published aggregate statistics: every role reads every LA.")
  @APIResponse(responseCode = "200", description = "The values", content = @Content(schema = @Schema(implementation = SourceDataViews.Values.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "Unknown dataset, or no such upload")
  public SourceDataViews.Values values(
      @Parameter(description = "Dataset id", example = "ons-population-0-17") @PathParam("dataset") String dataset,
      @Parameter(description = "Period", example = "2024") @PathParam("period") String period,
      @Parameter(description = "A stored version; the latest when absent") @QueryParam("version") @Min(1) Integer version) {
    return service.values(dataset, period, version);
  }
}
