package uk.gov.safeguarding.evidence.assessment;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.evidence.common.Theme;

@Path("/v1/local-authorities/{la}/self-assessments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Self-assessment", description = "Periodic self-assessment per LA and theme, kept as history")
public class SelfAssessmentResource {
  @Inject SelfAssessmentService service;

  @GET
  @Operation(summary = "An LA's self-assessments the caller may see, newest first", description = "Each carries the change against the previous self-assessment of its theme.")
  @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(implementation = SelfAssessmentDtos.View.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "400", description = "Invalid theme")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "Unknown LA")
  public List<SelfAssessmentDtos.View> history(@PathParam("la") String la, @QueryParam("theme") Theme theme) {
    return service.history(la, theme);
  }

  @POST
  @Operation(summary = "Record a self-assessment (the LA's own token, la-submitter)", description = "Adds to the history; earlier self-assessments are never overwritten.")
  @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = SelfAssessmentDtos.View.class)))
  @APIResponse(responseCode = "400", description = "Invalid self-assessment")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not this LA's token")
  @APIResponse(responseCode = "404", description = "Unknown LA")
  public Response add(@PathParam("la") String la, @Valid @NotNull SelfAssessmentDtos.NewSelfAssessment body) {
    SelfAssessmentDtos.View v = service.add(la, body);
    return Response.created(URI.create("/v1/local-authorities/" + v.laCode() + "/self-assessments/" + v.id())).entity(v).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One self-assessment")
  @APIResponse(responseCode = "200", description = "The self-assessment", content = @Content(schema = @Schema(implementation = SelfAssessmentDtos.View.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "None visible to the caller")
  public SelfAssessmentDtos.View get(@PathParam("la") String la, @PathParam("id") UUID id) {
    return service.get(la, id);
  }
}
