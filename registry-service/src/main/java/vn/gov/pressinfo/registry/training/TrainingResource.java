package vn.gov.pressinfo.registry.training;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** Training sessions (tập huấn, bồi dưỡng) for spokespersons, and who attended them. */
@Path("/api/v1/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = TrainingResource.TAG, description = TrainingResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class TrainingResource {

    static final String TAG = "Trainings";
    static final String TAG_DESCRIPTION = "Training sessions (tập huấn, bồi dưỡng) on press work, and which agencies attended "
            + "them with their spokesperson or a substitute.";
    private static final String CREATE_EXAMPLE = """
            {"title": "Tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí năm 2025", "date": "2025-06-12",
             "organizer": "Sở Văn hóa, Thể thao và Du lịch", "location": "Hội trường Ủy ban nhân dân tỉnh, Rạch Giá",
             "description": "Nghị định 09/2017/NĐ-CP; xử lý thông tin sai sự thật trên báo chí"}""";
    private static final String ATTENDEE_EXAMPLE = """
            {"agencyId": "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d", "fullName": "Nguyễn Văn An",
             "title": "Phó Giám đốc Sở", "attendedAs": "SPOKESPERSON"}""";

    private final TrainingService service;
    private final Caller caller;

    public TrainingResource(TrainingService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Records a training session. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "createTraining", summary = "Record a training session",
            description = "Records a training session organised for spokespersons. Send an Idempotency-Key to make retries safe. "
                    + "Roles: press-admin, system.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TrainingDetails.class), examples = @ExampleObject(name = "training", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the session.",
            headers = @Header(name = "Location", description = "URL of the session.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingResponse.class)))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body replay the first response.",
                    example = "5b0c6a52-6f1e-4d33-a1f1-0b4a0e6c9d11") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull TrainingDetails details,
            @Context UriInfo uriInfo) {
        TrainingSession training = service.create(details, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(TrainingResource.class).path(training.id.toString()).build();
        return Response.created(location).entity(TrainingResponse.of(training)).build();
    }

    /** Lists training sessions. */
    @GET
    @Operation(operationId = "listTrainings", summary = "List training sessions",
            description = "Training sessions, newest first, optionally held between from and to (inclusive). Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "One page of sessions; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingPage.class)))
    public Response list(
            @Parameter(description = "Held on or after this day.", example = "2025-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Held on or before this day.", example = "2025-12-31") @QueryParam("to") LocalDate to,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(service.search(from, to, page), uriInfo);
    }

    /** One training session. */
    @GET
    @Path("/{id}")
    @Operation(operationId = "getTraining", summary = "Get a training session", description = "One training session. Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "The session.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingResponse.class)))
    public TrainingResponse get(@Parameter(description = "Training id.") @PathParam("id") UUID id) {
        return TrainingResponse.of(service.get(id));
    }

    /** Records who attended for an agency. */
    @POST
    @Path("/{id}/attendees")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "addTrainingAttendee", summary = "Record an attendee",
            description = "Records that someone attended the session for an agency, as its spokesperson or as a substitute. "
                    + "The same person (name compared without case or accents) cannot be recorded twice for the same agency, "
                    + "nor can an agency have two attendees in the spokesperson's capacity (409). "
                    + "Roles: press-admin, system, agency-officer (own agency only).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttendeeDetails.class), examples = @ExampleObject(name = "spokesperson", value = ATTENDEE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded.",
            headers = @Header(name = "Location", description = "URL of the session's attendee list.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendeeResponse.class)))
    public Response attend(
            @Parameter(description = "Training id.") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body replay the first response.",
                    example = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull AttendeeDetails details,
            @Context UriInfo uriInfo) {
        TrainingAttendance attendee = service.attend(id, details, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(TrainingResource.class).path(id.toString()).path("attendees").build();
        return Response.created(location).entity(AttendeeResponse.of(attendee)).build();
    }

    /** Who attended a session. */
    @GET
    @Path("/{id}/attendees")
    @Operation(operationId = "listTrainingAttendees", summary = "List the attendees of a session",
            description = "Everyone recorded as attending, in the order recorded. An agency officer sees only its own agency's attendees.")
    @APIResponse(responseCode = "200", description = "The attendees.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendeeResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<AttendeeResponse> attendees(@Parameter(description = "Training id.") @PathParam("id") UUID id) {
        return service.attendees(id).stream().map(AttendeeResponse::of).toList();
    }

    @Schema(name = "TrainingPage", description = "One page of training sessions.")
    public record TrainingPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<TrainingResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
