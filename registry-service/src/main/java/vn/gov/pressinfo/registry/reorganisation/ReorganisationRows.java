package vn.gov.pressinfo.registry.reorganisation;

import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.pressinfo.registry.LegalDocument;
import vn.gov.pressinfo.web.list.Rows;

/**
 * Reads a reorganisation of the list from one row: its own columns and its participants, links and moved children,
 * each aggregated as a JSON array by a correlated subquery (one statement for the page, no query per item). The row
 * becomes an unmanaged {@link Reorganisation}, so that the list answers exactly what {@link ReorganisationResponse#of}
 * answers for one reorganisation (mapping, heir, renamed agency).
 */
final class ReorganisationRows {

    /** The columns {@link #of(Rows)} reads, from table {@code reorganisation r}. */
    static final String COLUMNS = "r.id, r.kind, r.effective_date, r.document_number, r.document_date, r.document_signer, r.note, "
            + "r.recorded_at, r.recorded_by, "
            + "(SELECT json_agg(json_build_object('agencyId', p.agency_id, 'role', p.role, 'position', p.position, "
            + "'created', p.created, 'code', p.code, 'name', p.name, 'previousCode', p.previous_code, "
            + "'previousName', p.previous_name) ORDER BY p.position) "
            + "FROM reorganisation_participant p WHERE p.reorganisation_id = r.id) AS participants, "
            + "(SELECT json_agg(json_build_object('predecessorId', l.predecessor_id, 'successorId', l.successor_id, "
            + "'takesWork', l.takes_work)) "
            + "FROM reorganisation_link l WHERE l.reorganisation_id = r.id) AS links, "
            + "(SELECT json_agg(json_build_object('agencyId', m.agency_id, 'position', m.position, 'code', m.code, 'name', m.name, "
            + "'fromParentId', m.from_parent_id, 'toParentId', m.to_parent_id) ORDER BY m.position) "
            + "FROM reorganisation_moved_child m WHERE m.reorganisation_id = r.id) AS moved_children";

    private static final TypeReference<List<Reorganisation.Participant>> PARTICIPANTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Reorganisation.Link>> LINKS = new TypeReference<>() {
    };
    private static final TypeReference<List<Reorganisation.MovedChild>> MOVED = new TypeReference<>() {
    };

    private final ObjectMapper json;

    ReorganisationRows(ObjectMapper json) {
        this.json = json;
    }

    ReorganisationResponse of(Rows row) throws SQLException {
        Reorganisation r = new Reorganisation();
        r.id = row.uuid("id");
        r.kind = row.enumOf(ReorganisationKind.class, "kind");
        r.effectiveDate = row.date("effective_date");
        r.legalBasis = new LegalDocument(row.string("document_number"), row.date("document_date"), row.string("document_signer"));
        r.note = row.string("note");
        r.recordedAt = row.instant("recorded_at");
        r.recordedBy = row.string("recorded_by");
        r.participants = list(row.string("participants"), PARTICIPANTS);
        r.links = list(row.string("links"), LINKS);
        r.movedChildren = list(row.string("moved_children"), MOVED);
        return ReorganisationResponse.of(r);
    }

    private <T> List<T> list(String array, TypeReference<List<T>> type) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return json.readValue(array, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable aggregate of a reorganisation: " + e.getOriginalMessage(), e);
        }
    }
}
