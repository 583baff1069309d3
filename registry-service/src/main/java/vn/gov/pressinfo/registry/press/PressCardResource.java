package vn.gov.pressinfo.registry.press;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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

import io.quarkus.security.Authenticated;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** The register of press cards (thẻ nhà báo). */
@Path("/api/v1/press-cards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = PressCardResource.TAG, description = PressCardResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class PressCardResource {

    static final String TAG = "Press cards";
    static final String TAG_DESCRIPTION = "Press cards (thẻ nhà báo): number, holder, press agency, last valid day, and whether the card "
            + "is active, suspended (tạm đình chỉ) or revoked (thu hồi). Managed by the press management department; anyone, without "
            + "a token, may verify a card number.";
    private static final String CREATE_EXAMPLE = """
            {"number": "HN-12345", "holderName": "Lê Minh Tâm",
             "pressAgencyId": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "validUntil": "2025-12-31"}""";
    private static final String SUSPENSION_EXAMPLE = """
            {"decision": "Quyết định 12/QĐ-BVHTTDL", "note": "Tạm đình chỉ 3 tháng do vi phạm quy định về hoạt động báo chí"}""";
    private static final String REVOCATION_EXAMPLE = """
            {"decision": "Quyết định thu hồi thẻ nhà báo số 25/QĐ-BVHTTDL"}""";
    private static final String REINSTATEMENT_EXAMPLE = """
            {"decision": "Quyết định 40/QĐ-BVHTTDL chấm dứt tạm đình chỉ", "note": "Hết thời hạn tạm đình chỉ"}""";

    private final PressCardService service;
    private final Caller caller;

    public PressCardResource(PressCardService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Records a press card. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "createPressCard", summary = "Record a press card",
            description = "Records a press card. The number is stored upper case and is unique regardless of case (409 when taken); "
                    + "the press agency must be registered (422 otherwise). The card starts ACTIVE; PressCardChanged is published. Send an Idempotency-Key to make retries safe. "
                    + "Roles: press-admin, system.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressCardDetails.class), examples = @ExampleObject(name = "card", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the card.",
            headers = @Header(name = "Location", description = "URL of the card.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCardResponse.class)))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body replay the first response.",
                    example = "5b0c6a52-6f1e-4d33-a1f1-0b4a0e6c9d11") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull PressCardDetails details,
            @Context UriInfo uriInfo) {
        PressCard card = service.create(details, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(PressCardResource.class).path(card.number).build();
        return Response.created(location).entity(PressCardResponse.of(card)).build();
    }

    /** Lists press cards. */
    @GET
    @Operation(operationId = "listPressCards", summary = "List press cards",
            description = "Press cards ordered by number, filtered by press agency and by the holder's name (case and accents "
                    + "optional). Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "One page of press cards; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCardPage.class)))
    public Response list(
            @Parameter(description = "Only cards of this press agency.") @QueryParam("pressAgencyId") UUID pressAgencyId,
            @Parameter(description = "Part of the holder's name; case and accents optional.", example = "le minh tam")
            @QueryParam("q") @Size(max = 200) String q,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(service.search(new PressCardRepository.Filter(pressAgencyId, q), page), uriInfo);
    }

    /** One press card. */
    @GET
    @Path("/{number}")
    @Operation(operationId = "getPressCard", summary = "Get a press card",
            description = "The press card with this number (case does not matter). Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "The press card.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCardResponse.class)))
    public PressCardResponse get(
            @Parameter(description = "Card number.", example = "HN-12345") @PathParam("number")
            @Size(max = PressCard.MAX_NUMBER_LENGTH) @Pattern(regexp = PressCard.NUMBER_PATTERN, message = PressCard.NUMBER_MESSAGE) String number) {
        return PressCardResponse.of(service.get(number));
    }

    /** Suspends a press card (tạm đình chỉ thẻ nhà báo). */
    @POST
    @Path("/{number}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "suspendPressCard", summary = "Suspend a press card",
            description = "Suspends an ACTIVE card on a decision (tạm đình chỉ): its status becomes SUSPENDED and verification answers "
                    + "suspended until it is reinstated. 409 when the card is already SUSPENDED or REVOKED. Publishes PressCardChanged. "
                    + "Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressCardStatusRequest.class),
            examples = @ExampleObject(name = "suspension", value = SUSPENSION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The suspended card.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCardResponse.class)))
    @APIResponse(responseCode = "409", description = "The card is already suspended, or revoked; detail names its status.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PressCardResponse suspend(
            @Parameter(description = "Card number.", example = "HN-12345") @PathParam("number")
            @Size(max = PressCard.MAX_NUMBER_LENGTH) @Pattern(regexp = PressCard.NUMBER_PATTERN, message = PressCard.NUMBER_MESSAGE) String number,
            @Valid @NotNull PressCardStatusRequest request) {
        return PressCardResponse.of(service.changeStatus(number, PressCardStatus.SUSPENDED, request, caller.id()));
    }

    /** Revokes a press card (thu hồi thẻ nhà báo). */
    @POST
    @Path("/{number}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "revokePressCard", summary = "Revoke a press card",
            description = "Revokes an ACTIVE or SUSPENDED card on a decision (thu hồi): its status becomes REVOKED, for good, and "
                    + "verification answers revoked. 409 when the card is already REVOKED. Publishes PressCardChanged. Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressCardStatusRequest.class),
            examples = @ExampleObject(name = "revocation", value = REVOCATION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The revoked card.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCardResponse.class)))
    @APIResponse(responseCode = "409", description = "The card is already revoked; detail names its status.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PressCardResponse revoke(
            @Parameter(description = "Card number.", example = "HN-12345") @PathParam("number")
            @Size(max = PressCard.MAX_NUMBER_LENGTH) @Pattern(regexp = PressCard.NUMBER_PATTERN, message = PressCard.NUMBER_MESSAGE) String number,
            @Valid @NotNull PressCardStatusRequest request) {
        return PressCardResponse.of(service.changeStatus(number, PressCardStatus.REVOKED, request, caller.id()));
    }

    /** Reinstates a suspended press card. */
    @POST
    @Path("/{number}/reinstatement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "reinstatePressCard", summary = "Reinstate a suspended press card",
            description = "Ends the suspension of a SUSPENDED card on a decision: its status becomes ACTIVE again and verification "
                    + "answers valid or expired by its validUntil. 409 when the card is ACTIVE, or REVOKED (a revocation is final). "
                    + "Publishes PressCardChanged. Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressCardStatusRequest.class),
            examples = @ExampleObject(name = "reinstatement", value = REINSTATEMENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The reinstated card.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCardResponse.class)))
    @APIResponse(responseCode = "409", description = "The card is not suspended (ACTIVE, or REVOKED); detail names its status.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PressCardResponse reinstate(
            @Parameter(description = "Card number.", example = "HN-12345") @PathParam("number")
            @Size(max = PressCard.MAX_NUMBER_LENGTH) @Pattern(regexp = PressCard.NUMBER_PATTERN, message = PressCard.NUMBER_MESSAGE) String number,
            @Valid @NotNull PressCardStatusRequest request) {
        return PressCardResponse.of(service.changeStatus(number, PressCardStatus.ACTIVE, request, caller.id()));
    }

    @Schema(name = "PressCardPage", description = "One page of press cards.")
    public record PressCardPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<PressCardResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
