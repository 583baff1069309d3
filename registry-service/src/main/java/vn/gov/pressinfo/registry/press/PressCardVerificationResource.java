package vn.gov.pressinfo.registry.press;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.web.openapi.ProblemResponsesFilter;

/**
 * Public verification of a press card (thẻ nhà báo) number, for an agency receiving a visiting
 * journalist. Its own class so that it carries no security requirement in the OpenAPI document.
 */
@Path("/api/v1/press-cards/{number}/verification")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = PressCardResource.TAG, description = PressCardResource.TAG_DESCRIPTION)
@PermitAll
public class PressCardVerificationResource {

    private final PressCardService service;

    public PressCardVerificationResource(PressCardService service) {
        this.service = service;
    }

    /** Verifies a press card number. */
    @GET
    @Operation(operationId = "verifyPressCard", summary = "Verify a press card (public)",
            extensions = @Extension(name = ProblemResponsesFilter.NEVER_NOT_FOUND, value = "true"),
            description = "Public, no token needed. Always 200 for a well-formed number: status is valid (registered, neither "
                    + "suspended nor revoked, and valid today in Asia/Ho_Chi_Minh, through its last day), expired (registered, past "
                    + "validUntil), suspended (suspended by a decision until reinstated), revoked (revoked by a decision, for good) or "
                    + "unknown (not registered); holder, pressAgency and validUntil are given only for a registered card. Case does not "
                    + "matter. A malformed number (letters and digits in groups joined by single hyphens, at most 50 characters) is 400.")
    @APIResponse(responseCode = "200", description = "The verification result.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCardVerification.class)))
    public PressCardVerification verify(
            @Parameter(description = "Card number.", example = "HN-12345") @PathParam("number")
            @Size(max = PressCard.MAX_NUMBER_LENGTH) @Pattern(regexp = PressCard.NUMBER_PATTERN, message = PressCard.NUMBER_MESSAGE) String number) {
        return service.verify(number);
    }
}
