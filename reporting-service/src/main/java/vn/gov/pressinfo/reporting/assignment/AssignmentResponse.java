package vn.gov.pressinfo.reporting.assignment;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.list.Rows;

@Schema(name = "Assignment", description = "One agency's share of a report request.")
public record AssignmentResponse(
        UUID id,
        UUID requestId,
        @Schema(example = "1005/STTTT-TTBCXB", maxLength = 100) String reference,
        @Schema(example = "Báo cáo công tác phát ngôn và cung cấp thông tin cho báo chí năm 2025", maxLength = 1000) String subject,
        UUID agencyId,
        @Schema(example = "Sở Tài nguyên và Môi trường", maxLength = 300) String agencyName,
        @Schema(example = "DEPARTMENT", maxLength = 50) String agencyType,
        AssignmentState state,
        @Schema(description = "Past the deadline and not submitted (derived).", example = "false") boolean overdue,
        @Schema(description = "The first submission came after the deadline.", example = "false") boolean late,
        @Schema(example = "2025-12-17") LocalDate dueDate,
        @Schema(description = "Number of submissions so far.", example = "1", minimum = "0", maximum = "2147483647") int revision,
        Instant submittedAt,
        @Schema(maxLength = 255) String submittedBy,
        @Schema(description = "Version (the ETag).", example = "1", minimum = "0", maximum = "9223372036854775807") long version) {

    /**
     * The columns {@link #of(Rows, LocalDate)} reads, from table {@code assignment a}; the request's reference and subject
     * by primary key, for the rows of the page only.
     */
    static final String COLUMNS = "a.id, a.request_id, (SELECT r.reference FROM report_request r WHERE r.id = a.request_id) AS reference, "
            + "(SELECT r.subject FROM report_request r WHERE r.id = a.request_id) AS subject, a.agency_id, a.agency_name, a.agency_type, "
            + "a.state, a.late, a.due_date, a.revision, a.submitted_at, a.submitted_by, a.version";

    public static AssignmentResponse of(Assignment a, LocalDate today) {
        return new AssignmentResponse(a.id, a.requestId, a.request.reference, a.request.subject, a.agencyId, a.agencyName, a.agencyType,
                a.state, a.overdueOn(today), a.late, a.dueDate, a.revision, a.submittedAt, a.submittedBy, a.version);
    }

    static AssignmentResponse of(Rows r, LocalDate today) throws SQLException {
        AssignmentState state = r.enumOf(AssignmentState.class, "state");
        LocalDate dueDate = r.date("due_date");
        return new AssignmentResponse(r.uuid("id"), r.uuid("request_id"), r.string("reference"), r.string("subject"), r.uuid("agency_id"),
                r.string("agency_name"), r.string("agency_type"), state, Assignment.overdue(state, dueDate, today), r.bool("late"), dueDate,
                r.int4("revision"), r.instant("submitted_at"), r.string("submitted_by"), r.int8("version"));
    }
}
