package uk.gov.safeguarding.indicator.values;

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

/** The expected-versus-actual model of an indicator. */
@Path("/v1/indicators/{id}/model")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Values")
@Authenticated
@SecurityRequirement(name = "bearer")
public class ModelResource {
  @Inject ValuesService service;

  @GET
  @Operation(summary = "The OLS model of LA values on context variables (free school meals) for a period: fit and each LA's expected value, O/E ratio and funnel significance")
  @APIResponse(responseCode = "200", description = "The model", content = @Content(schema = @Schema(implementation = ModelView.class)))
  @APIResponse(responseCode = "400", description = "Invalid period")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Not a DfE or LA token")
  @APIResponse(responseCode = "404", description = "Unknown indicator, no values or no model for the period")
  public ModelView model(
      @PathParam("id") String id,
      @Parameter(description = "2024-25 or 2025; latest when absent") @QueryParam("period") String period) {
    return service.model(id, period);
  }
}
