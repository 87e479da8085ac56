package uk.gov.safeguarding.evidence.sharing;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.evidence.common.Theme;

@Path("/v1/search")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class SearchResource {
  @Inject SearchService service;

  @GET
  @Operation(summary = "Full-text search over the evidence and self-assessments the caller may see", description = "PostgreSQL text search, web-search syntax (\"quoted phrase\", -exclude, or).")
  @APIResponse(responseCode = "200", description = "Best matches first", content = @Content(schema = @Schema(implementation = SearchHit.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "400", description = "Invalid query")
  @APIResponse(responseCode = "401", description = "No valid token")
  public List<SearchHit> search(
      @Parameter(description = "Words to find", example = "young people's panel feel safe") @QueryParam("q") String q,
      @Parameter(description = "evidence or self-assessment; both when absent") @QueryParam("kind") String kind,
      @QueryParam("questionId") String questionId,
      @QueryParam("theme") Theme theme,
      @QueryParam("period") String period,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
    return service.search(q, kind, questionId, theme, period, limit);
  }
}
