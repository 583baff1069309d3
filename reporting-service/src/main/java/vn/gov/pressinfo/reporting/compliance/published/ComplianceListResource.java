package vn.gov.pressinfo.reporting.compliance.published;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;

/** Publishing the period's compliance lists (công bố danh sách). */
@Path("/api/v1/compliance-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ComplianceListResource.TAG, description = "press-admin publishes the period's commendation proposal and the list of agencies that "
        + "did not perform well, with the decision that adopts them; published lists are public (/api/v1/public/compliance-lists).")
@SecurityRequirement(name = "bearer")
public class ComplianceListResource {

    static final String TAG = "Compliance lists";
    static final String EXAMPLE = """
            {"period": "2025", "kind": "NOT_PERFORMING_WELL",
             "decision": {"number": "125/QĐ-SVHTTDL", "date": "2025-12-22", "signer": "Nguyễn Văn An"}}""";

    private final ComplianceListService service;
    private final Caller caller;

    public ComplianceListResource(ComplianceListService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Publishes a list. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "publishComplianceList", summary = "Publish a compliance list",
            description = "Publishes the period's commendation proposal (COMMENDATION) or list of agencies that did not perform well "
                    + "(NOT_PERFORMING_WELL) with the decision (number, date, signer) that adopts it. With agencyIds, those agencies in that "
                    + "order, names and types snapshotted from the agency read model with their score of the period; without, the list the "
                    + "compliance scores give (at or above the commendation threshold; below the public-list threshold), the rule stored "
                    + "with it. The issuer is the agency holding PRESS_MANAGEMENT_DEPARTMENT on the decision date under its province "
                    + "committee, snapshotted too. Audited (who, when). One list of each kind per period: 409 when it exists, or when no "
                    + "agency held the role on the decision date; 422 for a bad period or an unknown agency. Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishComplianceList.class), examples = @ExampleObject(name = "derived", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The published list.",
            headers = @Header(name = "Location", description = "Its public URI.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceListResponse.class)))
    @APIResponse(responseCode = "409", description = "Already published for the period, or no press management department on the decision date.")
    public Response publish(@Valid @NotNull PublishComplianceList command) {
        ComplianceList l = service.publish(command, caller.id());
        return Response.created(URI.create(PublicComplianceListResource.PATH + "/" + l.id)).entity(ComplianceListResponse.of(l, true)).build();
    }

    /** Who did what to a list. */
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getComplianceListHistory", summary = "Audit trail of a published list",
            description = "Every action on the list (PUBLISHED), oldest first, with who and when. Roles: press-admin, auditor.")
    @APIResponse(responseCode = "200", description = "The audit trail.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AuditEntry.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<AuditEntry> history(@Parameter(description = "List id.") @PathParam("id") UUID id) {
        return service.history(id).stream().map(a -> new AuditEntry(a.action, a.actor, a.at, a.detail)).toList();
    }

    /** One entry of the audit trail. */
    @Schema(name = "ComplianceListAuditEntry", description = "One action on a published list.")
    public record AuditEntry(@Schema(example = "PUBLISHED", maxLength = 50) String action, @Schema(example = "press-admin-user", maxLength = 255) String actor, Instant at,
            @Schema(type = SchemaType.OBJECT, example = "{\"period\": \"2025\", \"kind\": \"NOT_PERFORMING_WELL\", \"decisionNumber\": "
                    + "\"125/QĐ-SVHTTDL\", \"agencyCount\": 2, \"derived\": true}") Map<String, Object> detail) {
    }
}
