package uk.gov.safeguarding.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.security.Roles;

/** The service's audit log, for platform admins. Served by every service (platform-common). */
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Append-only audit log of submissions, publications, withdrawals and evidence changes (admin only)")
public class AuditResource {
  @Inject AuditLog auditLog;

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Audit records of this service, newest first (admin)", description = "Who did what to which subject, and when. Records cannot be changed or deleted.")
  @APIResponse(responseCode = "200", description = "A page of records", content = @Content(schema = @Schema(implementation = AuditPage.class)))
  // Explicit, so every service's spec has the Problem schema that ProblemResponsesFilter refers to.
  @APIResponse(responseCode = "400", description = "Invalid paging or filter; errors name the parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an admin token")
  public AuditPage list(
      @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
      @Parameter(description = "Records per page, 1-500") @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
      @Parameter(description = "Only this action, e.g. DATA_SET_PUBLISHED") @QueryParam("action") @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") String action,
      @Parameter(description = "Only this subject type, e.g. cin-return") @QueryParam("subjectType") @Pattern(regexp = "[a-z][a-z0-9-]{0,63}") String subjectType,
      @Parameter(description = "Only this subject id") @QueryParam("subjectId") @Pattern(regexp = "[^\\p{Cntrl}]{1,200}") String subjectId) {
    return auditLog.page(page, pageSize, action, subjectType, subjectId);
  }
}
