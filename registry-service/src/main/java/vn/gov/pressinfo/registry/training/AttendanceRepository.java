package vn.gov.pressinfo.registry.training;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.QueryFilter;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<TrainingAttendance, UUID> {

    private static final Sort ORDER = Sort.by("recordedAt").and("id");

    /** Attendees of a session, all of them or only those of {@code agencyId} when not null. */
    public List<TrainingAttendance> ofTraining(UUID trainingId, UUID agencyId) {
        QueryFilter where = new QueryFilter().equal("trainingId", trainingId).equal("agencyId", agencyId);
        return list(where.where(), ORDER, where.params());
    }

    public List<TrainingAttendance> ofAgency(UUID agencyId) {
        return list("agencyId", ORDER, agencyId);
    }

    public boolean personRecorded(UUID trainingId, UUID agencyId, String foldedName) {
        return count("trainingId = ?1 and agencyId = ?2 and fullNameKey = ?3", trainingId, agencyId, foldedName) > 0;
    }

    public Optional<TrainingAttendance> spokesperson(UUID trainingId, UUID agencyId) {
        return find("trainingId = ?1 and agencyId = ?2 and attendedAs = ?3", trainingId, agencyId, AttendedAs.SPOKESPERSON)
                .firstResultOptional();
    }
}
