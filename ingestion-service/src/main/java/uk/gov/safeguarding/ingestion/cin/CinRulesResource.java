package uk.gov.safeguarding.ingestion.cin;

import jakarta.annotation.security.PermitAll;
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
import uk.gov.safeguarding.ingestion.cin.rules.RuleCatalog;
import uk.gov.safeguarding.ingestion.cin.rules.RuleInfo;
import uk.gov.safeguarding.platform.problem.ProblemException;

/** The CIN census validation rules in force (public metadata, no data). */
@Path("/v1/cin/rules")
@Tag(name = "CIN rules", description = "CIN census validation rules by collection year")
public class CinRulesResource {

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rules in force", description = "The validation rules applied to returns of a collection year (the year the collection ends).")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RuleInfo.class)))
  @APIResponse(responseCode = "400", description = "Missing or unsupported collection year")
  public List<RuleInfo> rules(@Parameter(description = "Collection year (the year the collection ends): 2022 to 2026", required = true) @QueryParam("collectionYear") Integer collectionYear) {
    if (collectionYear == null || !RuleCatalog.SUPPORTED_YEARS.contains(collectionYear)) {
      throw ProblemException.validation("collectionYear", "CollectionYear", "collectionYear must be one of " + RuleCatalog.SUPPORTED_YEARS.stream().sorted().toList());
    }
    return RuleCatalog.standard().forYear(collectionYear);
  }
}
