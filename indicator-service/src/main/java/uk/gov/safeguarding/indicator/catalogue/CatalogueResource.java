package uk.gov.safeguarding.indicator.catalogue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.platform.problem.ProblemException;

/** The public indicator catalogue. */
@Path("/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "The framework's national items and the regional benchmarking set")
public class CatalogueResource {

  /** The catalogue listing. */
  public record CatalogueView(List<Theme> themes, List<IndicatorSpec> indicators) {}

  @GET
  @Operation(summary = "List every catalogue indicator with its definition and collection status")
  @APIResponse(responseCode = "200", description = "The catalogue", content = @Content(schema = @Schema(implementation = CatalogueView.class)))
  @APIResponse(responseCode = "500", description = "Unexpected error")
  public CatalogueView list() {
    Catalogue catalogue = Catalogue.standard();
    return new CatalogueView(catalogue.themes(), catalogue.all());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One catalogue indicator")
  @APIResponse(responseCode = "200", description = "The indicator", content = @Content(schema = @Schema(implementation = IndicatorSpec.class)))
  @APIResponse(responseCode = "404", description = "No indicator with this id")
  public IndicatorSpec get(@PathParam("id") String id) {
    return Catalogue.standard().find(id).orElseThrow(() -> ProblemException.notFound("No indicator with this id"));
  }
}
