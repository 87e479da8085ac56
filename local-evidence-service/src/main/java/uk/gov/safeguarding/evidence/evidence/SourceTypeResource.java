package uk.gov.safeguarding.evidence.evidence;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/evidence-source-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Question catalogue")
public class SourceTypeResource {

  @Schema(name = "EvidenceSourceType")
  public record SourceTypeView(SourceType code, String label, String description) {}

  @GET
  @PermitAll
  @Operation(summary = "The kinds of evidence source", description = "From the methods LAs reported in 'Collecting and Using Locally Held Information' (DfE, 2012).")
  @APIResponse(responseCode = "200", description = "The source types", content = @Content(schema = @Schema(implementation = SourceTypeView.class, type = SchemaType.ARRAY)))
  public List<SourceTypeView> list() {
    return Arrays.stream(SourceType.values()).map(t -> new SourceTypeView(t, t.label(), t.description())).toList();
  }
}
