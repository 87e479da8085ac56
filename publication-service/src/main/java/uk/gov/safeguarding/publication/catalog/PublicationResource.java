package uk.gov.safeguarding.publication.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/publications")
@Tag(name = "Publications", description = "Publications and the data sets they contain")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {
  @Inject DataSetService service;

  @GET
  @Operation(summary = "List publications")
  @APIResponse(responseCode = "200", description = "The publications", content = @Content(schema = @Schema(implementation = DataSetService.PublicationView.class, type = SchemaType.ARRAY)))
  public List<DataSetService.PublicationView> list() {
    return service.publications();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One publication")
  @APIResponse(responseCode = "200", description = "The publication", content = @Content(schema = @Schema(implementation = DataSetService.PublicationView.class)))
  @APIResponse(responseCode = "404", description = "No such publication")
  public DataSetService.PublicationView get(@PathParam("id") String id) {
    return service.publication(id);
  }

  @GET
  @Path("/{id}/data-sets")
  @Operation(summary = "The data sets of a publication")
  @APIResponse(responseCode = "200", description = "The data sets with their latest published version", content = @Content(schema = @Schema(implementation = DataSetService.DataSetView.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "404", description = "No such publication")
  public List<DataSetService.DataSetView> dataSets(@PathParam("id") String id) {
    return service.dataSetsOf(id);
  }
}
