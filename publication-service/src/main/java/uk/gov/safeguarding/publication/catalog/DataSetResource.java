package uk.gov.safeguarding.publication.catalog;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/data-sets/{id}")
@Tag(name = "Data sets", description = "Data sets and their metadata")
@Produces(MediaType.APPLICATION_JSON)
public class DataSetResource {
  @Inject DataSetService service;

  @GET
  @Operation(summary = "One data set with its latest published version")
  @APIResponse(responseCode = "200", description = "The data set", content = @Content(schema = @Schema(implementation = DataSetService.DataSetView.class)))
  @APIResponse(responseCode = "404", description = "No such data set")
  public DataSetService.DataSetView get(@PathParam("id") String id) {
    return service.dataSet(id);
  }

  @GET
  @Path("/meta")
  @Operation(summary = "Metadata of a version", description = "Indicators (title, theme, unit, decimal places, polarity, source), time periods, geographic levels and areas; the latest published version unless pinned.")
  @APIResponse(responseCode = "200", description = "The metadata", content = @Content(schema = @Schema(implementation = DataSetService.MetaView.class)))
  @APIResponse(responseCode = "400", description = "Invalid version pattern")
  @APIResponse(responseCode = "404", description = "No such data set or no published version")
  public DataSetService.MetaView meta(@PathParam("id") String id, @Parameter(description = "1.2.0, 2.* or latest") @QueryParam("version") @Size(max = 20) String version) {
    return service.meta(id, version);
  }
}
