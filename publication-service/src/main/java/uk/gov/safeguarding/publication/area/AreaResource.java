package uk.gov.safeguarding.publication.area;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/areas")
@Tag(name = "Areas", description = "England, its regions and local authorities")
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {
  @Inject AreaService service;

  @GET
  @Operation(summary = "Every area", description = "England, the 9 regions, the 153 live local authorities (GSS and old DfE codes, validity dates, predecessors, successors, statistical neighbours) and terminated authorities.")
  @APIResponse(responseCode = "200", description = "The areas", content = @Content(schema = @Schema(implementation = AreaService.AreasView.class)))
  public Response all() {
    return Response.ok(service.all()).header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400").build();
  }
}
