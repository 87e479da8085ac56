package uk.gov.safeguarding.ingestion.measures;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.security.Caller;

@Path("/v1/measures")
@Tag(name = "Measures", description = "Aggregate measures derived from accepted returns (counts only, never child-level data)")
@Authenticated
public class MeasuresResource {
  @Inject MeasuresService service;
  @Inject Caller caller;

  @GET
  @Path("/cin")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Measures of an LA's latest accepted CIN return",
      description = "The counts and working-day distributions derived from the latest accepted CIN census return of one LA and collection year: what the MeasuresComputed event carried. LA tokens read their own LA only.")
  @APIResponse(responseCode = "200", description = "The measures", content = @Content(schema = @Schema(implementation = CinMeasuresView.class)))
  @APIResponse(responseCode = "400", description = "Invalid query")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "The token cannot read this LA")
  @APIResponse(responseCode = "404", description = "No accepted CIN return for this LA and year")
  public CinMeasuresView cin(
      @Parameter(description = "Old three-digit LA code", example = "301") @QueryParam("la") @NotNull @Pattern(regexp = "\\d{3}") String la,
      @Parameter(description = "Year the collection ends", example = "2025") @QueryParam("collectionYear") @NotNull @Min(2010) @Max(2100) Integer collectionYear) {
    caller.requireAccessTo(la);
    return service
        .latest(la, collectionYear)
        .orElseThrow(() -> ProblemException.notFound("No accepted CIN return for LA " + la + " and collection year " + collectionYear));
  }
}
