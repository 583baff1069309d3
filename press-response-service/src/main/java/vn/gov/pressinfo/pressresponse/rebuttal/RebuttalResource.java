package vn.gov.pressinfo.pressresponse.rebuttal;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.documents.AdministrativeDocument;
import vn.gov.pressinfo.pressresponse.document.RebuttalLetters;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.Problem;

/** The rebuttal letter of a case (văn bản phản hồi). */
@Path("/api/v1/press-items/{id}/rebuttal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rebuttals", description = "The rebuttal letter of a false-information case: drafted by the responsible agency, approved "
        + "only by its current spokesperson or head (as registry's events say; anyone else gets 403), sent to the press agency "
        + "with the press management department in copy. Sending starts the correction deadline of the outlet's medium.")
@SecurityRequirement(name = "bearer")
public class RebuttalResource {

    private final RebuttalService service;
    private final RebuttalLetters letters;
    private final Caller caller;

    public RebuttalResource(RebuttalService service, RebuttalLetters letters, Caller caller) {
        this.service = service;
        this.letters = letters;
        this.caller = caller;
    }

    /** The rebuttal letter, as JSON or as the DOCX to print and sign. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, AdministrativeDocument.DOCX})
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "getRebuttal", summary = "Get the rebuttal letter",
            description = "The case's rebuttal letter (404 before it is drafted), as JSON by default. With Accept: "
                    + AdministrativeDocument.DOCX + " the letter as an official letter (công văn) laid out by Decree "
                    + "30/2020/NĐ-CP, ready to number, sign and seal: the responsible agency under its province committee as "
                    + "issuer and the place from it; the number left blank for the clerk (symbol CV-<agency code>) unless the "
                    + "letter was sent with one; dated the day it was sent, else the day it was approved; the summary \"V/v đề "
                    + "nghị cải chính thông tin sai sự thật trên <outlet>\"; \"Kính gửi: Ban Biên tập <outlet>\"; the article "
                    + "(title, date, URL), the false content and the verdict, the agency's text, the correct information; the "
                    + "request to correct within the deadline of the correction rule in force for the outlet's medium on the "
                    + "letter's date, citing its legal basis (Luật Báo chí 2016, Điều 42 until 2026-06-30; Luật Báo chí 2025 "
                    + "from 2026-07-01); the spokesperson who approved it as signer; \"Nơi nhận\": Như trên, the press "
                    + "management department of the letter's date, the others in copy, Lưu: VT. 409 while the rebuttal is a "
                    + "draft (the letter exists from its approval on), or when registry has published no press management "
                    + "department for the letter's date. Roles: every role; an agency officer only for its own agency.")
    @APIResponse(responseCode = "200", description = "The letter.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuttalResponse.class)),
            @Content(mediaType = AdministrativeDocument.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 104857600))})
    @APIResponse(responseCode = "409", description = "DOCX only: the rebuttal is still a draft, or the letter's date has no "
            + "press management department in the registry's data.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "draft", value = "{\"type\": \"https://pressinfo.gov.vn/problems/conflict\", "
                            + "\"title\": \"Conflict\", "
                            + "\"status\": 409, \"detail\": \"The rebuttal letter of case 7d9f6a52-1c1e-4f5e-9b8a-2f0d3c4b5a69 is "
                            + "still a draft (dự thảo chưa được duyệt): the letter can be printed once the agency's spokesperson "
                            + "or head has approved it.\"}")))
    public Response get(@Parameter(description = "Case id.") @PathParam("id") UUID id, @Context HttpHeaders headers) {
        if (wantsDocx(headers)) {
            return Response.ok(letters.docx(id), AdministrativeDocument.DOCX)
                    .header("Content-Disposition", "attachment; filename=\"cong-van-de-nghi-cai-chinh-" + id + ".docx\"").build();
        }
        return Response.ok(RebuttalResponse.of(service.get(id)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** DOCX only when asked for by name before JSON; JSON stays the default (no Accept, wildcards). */
    private static boolean wantsDocx(HttpHeaders headers) {
        MediaType docx = MediaType.valueOf(AdministrativeDocument.DOCX);
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(docx)) {
                return true;
            }
        }
        return false;
    }

    /** Drafts or revises the letter. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
    @Operation(operationId = "draftRebuttal", summary = "Draft the rebuttal letter",
            description = "FLAGGED → RESPONSE_DRAFTED, or a revision while the draft awaits approval. Roles: press-admin, "
                    + "agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RebuttalRequests.Draft.class), examples = @ExampleObject(name = "draft",
            value = "{\"content\": \"Sở Y tế tỉnh Kiên Giang đề nghị Báo Điện tử ABC cải chính bài viết ...\", "
                    + "\"correctInformation\": \"Không có ca tử vong nào liên quan đến dịch bệnh tại Rạch Giá.\"}")))
    @APIResponse(responseCode = "200", description = "The draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuttalResponse.class)))
    public RebuttalResponse draft(@Parameter(description = "Case id.") @PathParam("id") UUID id,
            @Valid @NotNull RebuttalRequests.Draft request) {
        return RebuttalResponse.of(service.draft(id, request, caller.id()));
    }

    /** Approves the letter. */
    @POST
    @Path("/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER, Roles.SYSTEM})
    @Operation(operationId = "approveRebuttal", summary = "Approve the rebuttal letter",
            description = "RESPONSE_DRAFTED → RESPONSE_APPROVED. Only the responsible agency's current spokesperson or head may "
                    + "approve: the caller's email (token claim email, or an email-shaped user name) must be theirs in the "
                    + "spokesperson registry today; anyone else gets 403.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RebuttalRequests.Approval.class), examples = @ExampleObject(name = "approve",
            value = "{\"note\": \"Đồng ý gửi\"}")))
    @APIResponse(responseCode = "200", description = "The approved letter.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuttalResponse.class)))
    public RebuttalResponse approve(@Parameter(description = "Case id.") @PathParam("id") UUID id,
            @Valid @NotNull RebuttalRequests.Approval request) {
        return RebuttalResponse.of(service.approve(id, request, caller.id(), caller.email().orElse(null)));
    }

    /** Records that the letter was sent. */
    @POST
    @Path("/dispatch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
    @Operation(operationId = "sendRebuttal", summary = "Send the rebuttal letter",
            description = "RESPONSE_APPROVED → AWAITING_CORRECTION: records channel, time and recipients (the press agency, the "
                    + "press management department always in copy: the agency that held the PRESS_MANAGEMENT_DEPARTMENT role on "
                    + "the day it was sent, as registry published it, e.g. Sở Thông tin và Truyền thông before 2025-03-01 and Sở Văn "
                    + "hóa, Thể thao và Du lịch from then on; 409 when registry has published no holder for that day), computes "
                    + "the correction deadline by the outlet's medium (online 24 hours, print, radio and television 2 days, others "
                    + "as configured) and publishes RebuttalSent. Roles: press-admin, agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RebuttalRequests.Dispatch.class), examples = @ExampleObject(name = "sent",
            value = "{\"channel\": \"OFFICIAL_DOCUMENT_SYSTEM\", \"documentNumber\": \"125/SYT-VP\", "
                    + "\"recipient\": \"Ban Biên tập Báo Điện tử ABC\"}")))
    @APIResponse(responseCode = "200", description = "The sent letter.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuttalResponse.class)))
    public RebuttalResponse send(@Parameter(description = "Case id.") @PathParam("id") UUID id,
            @Valid @NotNull RebuttalRequests.Dispatch request) {
        return RebuttalResponse.of(service.send(id, request, caller.id()));
    }
}
