package uk.gov.safeguarding.indicator.areas;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statistical neighbours, outliers and the LA data profile. */
@Path("/v1/areas/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "Comparators, outliers and the LA data profile for peer challenge")
public class AreasResource {
  @Inject AreaService service;

  @GET
  @Path("/neighbours")
  @Operation(summary = "An LA's statistical neighbours (DfE 2025 model, reorganised LAs mapped), closest first")
  @APIResponse(responseCode = "200", description = "The neighbours", content = @Content(schema = @Schema(implementation = AreaViews.Neighbours.class)))
  @APIResponse(responseCode = "404", description = "No live LA with this code")
  public AreaViews.Neighbours neighbours(@Parameter(description = "GSS or old three-digit code") @PathParam("code") String code) {
    return service.neighbours(code);
  }

  @GET
  @Path("/outliers")
  @Authenticated
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Indicators where the LA is significantly above or below England (95%, with the 99.8% outcome)")
  @APIResponse(responseCode = "200", description = "The outliers", content = @Content(schema = @Schema(implementation = AreaViews.Outliers.class)))
  @APIResponse(responseCode = "400", description = "Invalid period")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The token may not read this LA")
  @APIResponse(responseCode = "404", description = "Unknown LA or no values for the period")
  public AreaViews.Outliers outliers(
      @PathParam("code") String code,
      @Parameter(description = "2024-25 or 2025; latest when absent") @QueryParam("period") String period) {
    return service.outliers(code, period);
  }

  @GET
  @Path("/profile")
  @Authenticated
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "The LA data profile: five themes with benchmarks and trends, outliers, expected versus actual, lines of enquiry")
  @APIResponse(responseCode = "200", description = "The profile", content = @Content(schema = @Schema(implementation = AreaViews.Profile.class)))
  @APIResponse(responseCode = "400", description = "Invalid period")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The token may not read this LA")
  @APIResponse(responseCode = "404", description = "Unknown LA or no values for the period")
  public AreaViews.Profile profile(
      @PathParam("code") String code,
      @Parameter(description = "2024-25 or 2025; latest when absent") @QueryParam("period") String period) {
    return service.profile(code, period);
  }
}
