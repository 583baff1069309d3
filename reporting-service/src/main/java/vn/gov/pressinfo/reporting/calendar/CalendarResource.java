package vn.gov.pressinfo.reporting.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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

import io.quarkus.security.Authenticated;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.BusinessTime;

/** The working-day calendar: public holidays, Tết, compensatory days off and worked weekend days. */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = CalendarResource.TAG, description = CalendarResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class CalendarResource {

    static final String TAG = "Working-day calendar";
    static final String TAG_DESCRIPTION = "Exceptions to the Monday–Friday week used for every deadline (Asia/Ho_Chi_Minh): "
            + "public holidays including lunar Tết and the Hùng Kings' day, compensatory days off, and weekend days worked in "
            + "exchange. Defaults for 2025–2027 are shipped; press-admin keeps the calendar up to date as the Government announces days off.";

    private final WorkingCalendar calendar;
    private final Caller caller;
    private final BusinessTime time;

    public CalendarResource(WorkingCalendar calendar, Caller caller, BusinessTime time) {
        this.calendar = calendar;
        this.caller = caller;
        this.time = time;
    }

    /** The exceptions of one year. */
    @GET
    @Path("/holidays")
    @Operation(operationId = "listCalendarDays", summary = "List days off and worked weekend days of a year",
            description = "Every calendar exception of the year, in date order. Any authenticated role may read it.")
    @APIResponse(responseCode = "200", description = "The exceptions of the year.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarDayResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<CalendarDayResponse> list(
            @Parameter(description = "Calendar year.", example = "2025") @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return calendar.ofYear(year).stream().map(CalendarDayResponse::of).toList();
    }

    /** Records or replaces the entry of one day. */
    @PUT
    @Path("/holidays/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "putCalendarDay", summary = "Record a day off or a worked weekend day",
            description = "A DAY_OFF must be a weekday (a holiday on a weekend is compensated on a weekday: record that day); a "
                    + "WORKING_DAY must be a Saturday or Sunday. Deadlines computed afterwards use the new calendar, here and in "
                    + "press-response-service, which receives the change within seconds (event CalendarDayChanged on "
                    + "reporting.calendar.v1); existing due dates are not changed. Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarDayRequest.class),
            examples = @ExampleObject(name = "compensatory", value = "{\"kind\": \"DAY_OFF\", \"name\": \"Nghỉ bù Tết Dương lịch (1/1 là thứ Bảy)\", \"source\": \"Thông báo của Bộ Nội vụ\"}")))
    @APIResponse(responseCode = "200", description = "The recorded entry.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarDayResponse.class)))
    public CalendarDayResponse put(@Parameter(description = "The day (ISO date).", example = "2028-01-03") @PathParam("day") LocalDate day,
            @Valid @NotNull CalendarDayRequest request) {
        return CalendarDayResponse.of(calendar.put(day, request, caller.id(), time.now()));
    }

    /** Removes the entry of one day. */
    @DELETE
    @Path("/holidays/{day}")
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "deleteCalendarDay", summary = "Remove a calendar entry",
            description = "The day becomes an ordinary weekday or weekend day again, here and in press-response-service (event "
                    + "CalendarDayChanged with kind ORDINARY on reporting.calendar.v1). Returns the removed entry. Role: press-admin.")
    @APIResponse(responseCode = "200", description = "The removed entry.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarDayResponse.class)))
    public CalendarDayResponse delete(@Parameter(description = "The day (ISO date).", example = "2028-01-03") @PathParam("day") LocalDate day) {
        return CalendarDayResponse.of(calendar.remove(day, caller.id(), time.now()));
    }
}
