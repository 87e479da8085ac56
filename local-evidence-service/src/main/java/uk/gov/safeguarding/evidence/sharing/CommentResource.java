package uk.gov.safeguarding.evidence.sharing;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/local-authorities/{la}/evidence/{id}/comments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing", description = "Peer challenge, search across what the caller may see, regional benchmarking sets")
public class CommentResource {
  @Inject CommentService service;

  @GET
  @Operation(summary = "Comments on an evidence item", description = "For anyone who may see the item.")
  @APIResponse(responseCode = "200", description = "Comments, oldest first", content = @Content(schema = @Schema(implementation = CommentDtos.View.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "No such item visible to the caller")
  public List<CommentDtos.View> list(@PathParam("la") String la, @PathParam("id") UUID id) {
    return service.list(la, id);
  }

  @POST
  @Operation(summary = "Comment on an evidence item (peer challenge)", description = "For anyone who may see the item.")
  @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = CommentDtos.View.class)))
  @APIResponse(responseCode = "400", description = "Empty or too long")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "No such item visible to the caller")
  @APIResponse(responseCode = "422", description = "The comment appears to identify a child (UPN, former UPN, NHS number, date of birth or one of the commenter's LA's LAchildIDs): names the kind, never the value")
  @APIResponse(responseCode = "503", description = "The LAchildID check (ingestion-service) is unavailable; nothing was saved")
  public Response add(@PathParam("la") String la, @PathParam("id") UUID id, @Valid @NotNull CommentDtos.NewComment body) {
    return Response.status(201).entity(service.add(la, id, body)).build();
  }
}
