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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Provisional indicator values with benchmarks. */
@Path("/v1/indicators/{id}/values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Values", description = "Provisional (unsuppressed) indicator values: DfE roles, or an LA for itself")
@Authenticated
@SecurityRequirement(name = "bearer")
public class ValuesResource {
  @Inject ValuesService service;

  @GET
  @Operation(summary = "Values of an indicator for a period with confidence intervals, benchmark comparison, quintile and trend")
  @APIResponse(responseCode = "200", description = "The values the caller may read", content = @Content(schema = @Schema(implementation = ValuesPage.class)))
  @APIResponse(responseCode = "400", description = "Invalid area, period or benchmark")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The token may not read this area")
  @APIResponse(responseCode = "404", description = "Unknown indicator or no values for the period")
  public ValuesPage values(
      @PathParam("id") String id,
      @Parameter(description = "LA (GSS or old code), region (E12) or England (E92000001); all readable areas when absent") @QueryParam("area") String area,
      @Parameter(description = "2024-25 or 2025; the latest computed period when absent") @QueryParam("period") String period,
      @Parameter(description = "england (default), region or neighbours", schema = @Schema(type = SchemaType.STRING, enumeration = {"england", "region", "neighbours"})) @QueryParam("benchmark") String benchmark) {
    return service.values(id, area, period, benchmark);
  }
}
