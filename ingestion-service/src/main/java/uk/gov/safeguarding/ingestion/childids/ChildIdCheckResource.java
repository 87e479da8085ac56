package uk.gov.safeguarding.ingestion.childids;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.security.Roles;

/** Yes/no checks of hashed candidates against the LA's own LAchildIDs. */
@Path("/v1/local-authorities/{la}/child-id-checks")
@Tag(name = "Child id checks", description = "Whether hashed candidates are LAchildIDs the LA has sent; never returns ids")
public class ChildIdCheckResource {
  @Inject ChildIdCheckService service;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LA_SUBMITTER, Roles.LA_ANALYST})
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Check hashed candidates against the LA's LAchildIDs",
      description = "The caller picks a fresh random nonce and sends HMAC-SHA256(nonce, candidate) for each candidate. The answer says, per digest in order, whether it is an LAchildID of the LA's accepted CIN returns. Ids and candidates never appear in the request, the answer or the logs. Only a token of this LA may ask.")
  @APIResponse(responseCode = "200", description = "One yes/no per digest", content = @Content(schema = @Schema(implementation = ChildIdCheck.Answer.class)))
  @APIResponse(responseCode = "400", description = "Malformed nonce or digest, or too many digests", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not a token of this LA")
  @APIResponse(responseCode = "404", description = "No live LA with this code")
  public ChildIdCheck.Answer check(@PathParam("la") String la, ChildIdCheck.Request request) {
    return service.check(la, request);
  }
}
