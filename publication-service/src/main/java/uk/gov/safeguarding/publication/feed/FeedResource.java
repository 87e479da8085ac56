package uk.gov.safeguarding.publication.feed;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.publication.version.Downloads;

@Path("/v1/feed")
@Tag(name = "Portal feed", description = "LG Inform-style feed for local government portals")
public class FeedResource {
  @Inject FeedService service;

  @GET
  @Path("/data.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Feed as JSON", description = "Values with formatted value, CIs, polarity and publication status for metric types x areas x periods.")
  @APIResponse(responseCode = "200", description = "The feed", content = @Content(schema = @Schema(implementation = FeedService.Feed.class)))
  @APIResponse(responseCode = "400", description = "An invalid parameter")
  @APIResponse(responseCode = "404", description = "Nothing published yet")
  public Response json(
      @Parameter(description = "safeguarding-indicators (the imported DfE history, default) or computed-indicators (the collection years the platform computes)")
          @QueryParam("dataSet") @Size(max = 100) String dataSet,
      @Parameter(description = "Indicator ids, comma-separated") @QueryParam("metricType") @Size(max = 1000) String metricType,
      @Parameter(description = "Area codes (GSS or old LA code), region:E12..., neighbours:<LA code>") @QueryParam("area") @Size(max = 4000) String area,
      @Parameter(description = "latest, latest:N or period labels") @QueryParam("period") @Size(max = 400) String period) {
    return Response.ok(service.feed(dataSet, metricType, area, period)).header(HttpHeaders.CACHE_CONTROL, Downloads.SHORT).build();
  }

  @GET
  @Path("/data.csv")
  @Produces({"text/csv", Problem.MEDIA_TYPE})
  @Operation(summary = "Feed as CSV", description = "The same values as data.json, one row each.")
  @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = "text/csv"))
  @APIResponse(responseCode = "400", description = "An invalid parameter")
  @APIResponse(responseCode = "404", description = "Nothing published yet")
  public Response csv(
      @QueryParam("dataSet") @Size(max = 100) String dataSet,
      @QueryParam("metricType") @Size(max = 1000) String metricType,
      @QueryParam("area") @Size(max = 4000) String area,
      @QueryParam("period") @Size(max = 400) String period) {
    byte[] body = service.csv(service.feed(dataSet, metricType, area, period));
    return Response.ok(body).type("text/csv; charset=UTF-8").header(HttpHeaders.CACHE_CONTROL, Downloads.SHORT).header("Content-Disposition", "attachment; filename=\"feed.csv\"").build();
  }
}
