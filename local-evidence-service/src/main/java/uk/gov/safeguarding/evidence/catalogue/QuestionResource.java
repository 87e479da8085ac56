package uk.gov.safeguarding.evidence.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.platform.security.Roles;

@Path("/v1/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Question catalogue", description = "The framework's local questions, versioned: added, reworded or retired without losing evidence recorded against earlier wordings")
public class QuestionResource {
  @Inject QuestionService service;

  @GET
  @PermitAll
  @Operation(summary = "The question catalogue", description = "Every local question of the framework by theme, with its sub-parts and follow-ups as published, and the source attribution. Retired questions only on request.")
  @APIResponse(responseCode = "200", description = "The catalogue", content = @Content(schema = @Schema(implementation = CatalogueView.class)))
  @APIResponse(responseCode = "400", description = "Invalid query parameter")
  public CatalogueView catalogue(
      @Parameter(description = "Include retired questions") @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired) {
    return service.catalogue(includeRetired);
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(summary = "One question", description = "The current wording, or an earlier one with ?version=")
  @APIResponse(responseCode = "200", description = "The question", content = @Content(schema = @Schema(implementation = QuestionView.class)))
  @APIResponse(responseCode = "400", description = "Invalid version")
  @APIResponse(responseCode = "404", description = "No such question or version")
  public QuestionView question(@PathParam("id") String id, @QueryParam("version") @Min(1) Integer version) {
    return service.question(id, version);
  }

  @GET
  @Path("/{id}/versions")
  @PermitAll
  @Operation(summary = "Every wording a question has had, oldest first")
  @APIResponse(responseCode = "200", description = "The wordings", content = @Content(schema = @Schema(implementation = QuestionView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
  @APIResponse(responseCode = "404", description = "No such question")
  public List<QuestionView> versions(@PathParam("id") String id) {
    return service.history(id);
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Add a question (admin)")
  @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = QuestionView.class)))
  @APIResponse(responseCode = "400", description = "Invalid question")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(responseCode = "409", description = "The id is taken")
  public Response add(@Valid @NotNull QuestionCommands.NewQuestion body) {
    QuestionView created = service.add(body);
    return Response.created(URI.create("/v1/questions/" + created.id())).entity(created).build();
  }

  @POST
  @Path("/{id}/versions")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Reword a question (admin)", description = "Adds a new wording; evidence recorded against earlier wordings keeps them.")
  @APIResponse(responseCode = "201", description = "The new wording", content = @Content(schema = @Schema(implementation = QuestionView.class)))
  @APIResponse(responseCode = "400", description = "Invalid wording")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(responseCode = "404", description = "No such question")
  @APIResponse(responseCode = "409", description = "The question is retired")
  public Response reword(@PathParam("id") String id, @Valid @NotNull QuestionCommands.Rewording body) {
    QuestionView v = service.reword(id, body);
    return Response.created(URI.create("/v1/questions/" + id + "?version=" + v.version())).entity(v).build();
  }

  @POST
  @Path("/{id}/retirement")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Retire a question (admin)", description = "It leaves the catalogue for new evidence; recorded evidence and all wordings stay.")
  @APIResponse(responseCode = "200", description = "Retired", content = @Content(schema = @Schema(implementation = QuestionView.class)))
  @APIResponse(responseCode = "400", description = "No reason given")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(responseCode = "404", description = "No such question")
  @APIResponse(responseCode = "409", description = "Already retired")
  public QuestionView retire(@PathParam("id") String id, @Valid @NotNull QuestionCommands.Retirement body) {
    return service.retire(id, body);
  }

  @DELETE
  @Path("/{id}/retirement")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Reinstate a retired question (admin)")
  @APIResponse(responseCode = "200", description = "Reinstated", content = @Content(schema = @Schema(implementation = QuestionView.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(responseCode = "404", description = "No such question")
  @APIResponse(responseCode = "409", description = "Not retired")
  public QuestionView reinstate(@PathParam("id") String id) {
    return service.reinstate(id);
  }
}
