package uk.gov.safeguarding.publication.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.publication.version.Downloads;

@Path("/v1/catalog")
@Tag(name = "Catalogue", description = "DCAT catalogue of the published data sets")
public class CatalogResource {
  @Inject CatalogService service;

  @GET
  @Produces("application/ld+json")
  @Operation(summary = "DCAT catalogue (JSON-LD)", description = "A dcat:Catalog with one dcat:Dataset per data set and a dcat:Distribution per format of its latest published version.")
  @APIResponse(responseCode = "200", description = "The catalogue", content = @Content(mediaType = "application/ld+json"))
  public Response catalog() {
    Map<String, Object> doc = service.catalog();
    return Response.ok(doc).type("application/ld+json").header(HttpHeaders.CACHE_CONTROL, Downloads.SHORT).build();
  }
}
