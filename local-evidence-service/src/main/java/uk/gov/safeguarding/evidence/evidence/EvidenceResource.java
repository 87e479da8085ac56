package uk.gov.safeguarding.evidence.evidence;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/v1/local-authorities/{la}/evidence")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence", description = "How an LA answers the local questions, per question and period, with its review workflow")
public class EvidenceResource {
  @Inject EvidenceService service;

  @GET
  @Operation(summary = "An LA's evidence items the caller may see", description = "The LA itself sees all its items; others see non-draft items shared with them.")
  @APIResponse(responseCode = "200", description = "The items", content = @Content(schema = @Schema(implementation = EvidenceView.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "400", description = "Invalid filter")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "Unknown LA")
  public List<EvidenceView> list(
      @Parameter(description = "Old three-digit LA code or GSS code", example = "301") @PathParam("la") String la,
      @QueryParam("questionId") String questionId,
      @QueryParam("period") String period,
      @QueryParam("status") EvidenceStatus status) {
    return service.list(la, questionId, period, status);
  }

  @POST
  @Operation(summary = "Record evidence (the LA's own token, la-submitter)", description = "Created as DRAFT against the question's current wording.")
  @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
  @APIResponse(responseCode = "400", description = "Invalid item; errors name the field and rule")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not this LA's token")
  @APIResponse(responseCode = "404", description = "Unknown LA")
  @APIResponse(responseCode = "409", description = "A public measure id is already public in another record of the period")
  @APIResponse(responseCode = "422", description = "Free text appears to identify a child (UPN, former UPN, NHS number, date of birth or one of the LA's LAchildIDs): the error names the field and the kind (rule NoUpn, NoFormerUpn, NoNhsNumber, NoDateOfBirth, NoLaChildId), never the value")
  @APIResponse(responseCode = "503", description = "The LAchildID check (ingestion-service) is unavailable; nothing was saved")
  public Response create(@PathParam("la") String la, @Valid @NotNull EvidenceRequest body) {
    EvidenceView created = service.create(la, body);
    return Response.created(URI.create("/v1/local-authorities/" + created.laCode() + "/evidence/" + created.id())).entity(created).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One evidence item")
  @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "No such item visible to the caller")
  public EvidenceView get(@PathParam("la") String la, @PathParam("id") UUID id) {
    return service.get(la, id);
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Replace an evidence item (the LA's own token)", description = "Editing a submitted or reviewed item returns it to draft.")
  @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
  @APIResponse(responseCode = "400", description = "Invalid item")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not this LA's token")
  @APIResponse(responseCode = "404", description = "No such item")
  @APIResponse(responseCode = "409", description = "Concurrent change or duplicate public measure")
  @APIResponse(responseCode = "422", description = "Free text appears to identify a child (UPN, former UPN, NHS number, date of birth or one of the LA's LAchildIDs): the error names the field and the kind (rule NoUpn, NoFormerUpn, NoNhsNumber, NoDateOfBirth, NoLaChildId), never the value")
  @APIResponse(responseCode = "503", description = "The LAchildID check (ingestion-service) is unavailable; nothing was saved")
  public EvidenceView update(@PathParam("la") String la, @PathParam("id") UUID id, @Valid @NotNull EvidenceRequest body) {
    return service.update(la, id, body);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete an evidence item (the LA's own token)", description = "Withdraws its public measures, if any.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not this LA's token")
  @APIResponse(responseCode = "404", description = "No such item")
  public Response delete(@PathParam("la") String la, @PathParam("id") UUID id) {
    service.delete(la, id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/status")
  @Operation(summary = "Move an item along the review workflow (the LA's own token)", description = "DRAFT→SUBMITTED (la-submitter), SUBMITTED→REVIEWED (la-analyst), SUBMITTED→DRAFT with a note, REVIEWED→DRAFT.")
  @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
  @APIResponse(responseCode = "400", description = "Invalid request")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not this LA's token or missing role")
  @APIResponse(responseCode = "404", description = "No such item")
  @APIResponse(responseCode = "409", description = "Transition not allowed from the current status")
  @APIResponse(responseCode = "422", description = "Free text appears to identify a child (UPN, former UPN, NHS number, date of birth or one of the LA's LAchildIDs): the error names the field and the kind (rule NoUpn, NoFormerUpn, NoNhsNumber, NoDateOfBirth, NoLaChildId), never the value")
  @APIResponse(responseCode = "503", description = "The LAchildID check (ingestion-service) is unavailable; nothing was saved")
  public EvidenceView transition(@PathParam("la") String la, @PathParam("id") UUID id, @Valid @NotNull Transition body) {
    return service.transition(la, id, body);
  }

  @GET
  @Path("/{id}/status-history")
  @Operation(summary = "The review history of an item")
  @APIResponse(responseCode = "200", description = "Status changes, oldest first", content = @Content(schema = @Schema(implementation = Transition.View.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "No such item visible to the caller")
  public List<Transition.View> history(@PathParam("la") String la, @PathParam("id") UUID id) {
    return service.history(la, id);
  }
}
