package uk.gov.safeguarding.evidence.benchmarking;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/regions/{region}/benchmarking-sets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class BenchmarkingResource {
  @Inject BenchmarkingService service;

  @GET
  @Operation(summary = "A region's benchmarking sets (its LAs and national bodies)")
  @APIResponse(responseCode = "200", description = "The sets", content = @Content(schema = @Schema(implementation = BenchmarkingDtos.View.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an LA of the region nor a national body")
  @APIResponse(responseCode = "404", description = "Unknown region")
  public List<BenchmarkingDtos.View> list(@Parameter(description = "Region GSS code", example = "E12000007") @PathParam("region") String region) {
    return service.list(region);
  }

  @POST
  @Operation(summary = "Define a benchmarking set (la-analyst of an LA in the region, or admin)")
  @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = BenchmarkingDtos.View.class)))
  @APIResponse(responseCode = "400", description = "Invalid set")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an analyst of an LA in the region")
  @APIResponse(responseCode = "404", description = "Unknown region")
  @APIResponse(responseCode = "409", description = "Name already used in the region")
  public Response create(@PathParam("region") String region, @Valid @NotNull BenchmarkingDtos.Request body) {
    BenchmarkingDtos.View v = service.create(region, body);
    return Response.created(URI.create("/v1/regions/" + v.regionCode() + "/benchmarking-sets/" + v.id())).entity(v).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One benchmarking set")
  @APIResponse(responseCode = "200", description = "The set", content = @Content(schema = @Schema(implementation = BenchmarkingDtos.View.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an LA of the region nor a national body")
  @APIResponse(responseCode = "404", description = "No such set")
  public BenchmarkingDtos.View get(@PathParam("region") String region, @PathParam("id") UUID id) {
    return service.get(region, id);
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Change a benchmarking set (la-analyst of an LA in the region, or admin)")
  @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = BenchmarkingDtos.View.class)))
  @APIResponse(responseCode = "400", description = "Invalid set")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an analyst of an LA in the region")
  @APIResponse(responseCode = "404", description = "No such set")
  @APIResponse(responseCode = "409", description = "Name already used in the region")
  public BenchmarkingDtos.View update(@PathParam("region") String region, @PathParam("id") UUID id, @Valid @NotNull BenchmarkingDtos.Request body) {
    return service.update(region, id, body);
  }

  @GET
  @Path("/{id}/values")
  @Operation(summary = "The set's local-measure values across the region's LAs for a period", description = "Only from non-draft records the caller may see.")
  @APIResponse(responseCode = "200", description = "Values by measure and LA", content = @Content(schema = @Schema(implementation = BenchmarkingDtos.Value.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "400", description = "Invalid period")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an LA of the region nor a national body")
  @APIResponse(responseCode = "404", description = "No such set")
  public List<BenchmarkingDtos.Value> values(@PathParam("region") String region, @PathParam("id") UUID id, @QueryParam("period") String period) {
    return service.values(region, id, period);
  }
}
