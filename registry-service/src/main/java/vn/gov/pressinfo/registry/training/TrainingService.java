package vn.gov.pressinfo.registry.training;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.TrainingAttended;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.registry.agency.Agency;
import vn.gov.pressinfo.registry.agency.AgencyRepository;
import vn.gov.pressinfo.registry.agency.AgencyService;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.TextSearch;

/**
 * Training sessions (tập huấn, bồi dưỡng) and attendance: an agency officer records and sees only its
 * own agency's attendees; a person is recorded once per session and agency, and an agency has at most
 * one attendee in the spokesperson's capacity per session.
 */
@ApplicationScoped
public class TrainingService {

    /** A session an agency attended, with its attendees. */
    public record AgencyTraining(TrainingSession training, List<TrainingAttendance> attendees) {
        public boolean spokespersonAttended() {
            return attendees.stream().anyMatch(a -> a.attendedAs == AttendedAs.SPOKESPERSON);
        }
    }

    private final TrainingRepository trainings;
    private final AttendanceRepository attendance;
    private final AgencyRepository agencyRepository;
    private final AgencyService agencies;
    private final AgencyScope scope;
    private final Outbox outbox;
    private final BusinessTime time;

    public TrainingService(TrainingRepository trainings, AttendanceRepository attendance, AgencyRepository agencyRepository,
            AgencyService agencies, AgencyScope scope, Outbox outbox, BusinessTime time) {
        this.trainings = trainings;
        this.attendance = attendance;
        this.agencyRepository = agencyRepository;
        this.agencies = agencies;
        this.scope = scope;
        this.outbox = outbox;
        this.time = time;
    }

    @Transactional
    public TrainingSession create(TrainingDetails request, String actor) {
        TrainingDetails details = request.cleaned();
        TrainingSession training = TrainingSession.record(details, actor, time.now());
        trainings.persist(training);
        return training;
    }

    public Page<TrainingResponse> search(LocalDate from, LocalDate to, PageRequest page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.unprocessable("to", "must not be before from");
        }
        return trainings.search(from, to, page);
    }

    public TrainingSession get(UUID id) {
        return trainings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Training " + id + " does not exist."));
    }

    /**
     * Records an attendee.
     *
     * @throws ProblemException 403 for another agency's officer, 404 for an unknown session, 422 for an unknown
     *                          agency, 409 when the person or the agency's spokesperson is already recorded
     */
    @Transactional
    public TrainingAttendance attend(UUID trainingId, AttendeeDetails request, String actor) {
        AttendeeDetails details = request.cleaned();
        scope.requireAccess(details.agencyId());
        TrainingSession training = get(trainingId);
        Agency agency = agencyRepository.findByIdOptional(details.agencyId()).orElseThrow(() ->
                ProblemException.unprocessable("agencyId", "agency " + details.agencyId() + " does not exist"));
        if (attendance.personRecorded(trainingId, details.agencyId(), TextSearch.fold(details.fullName()))) {
            throw ProblemException.conflict(details.fullName() + " is already recorded as an attendee of this training for this agency.");
        }
        if (details.attendedAs() == AttendedAs.SPOKESPERSON && attendance.spokesperson(trainingId, details.agencyId()).isPresent()) {
            throw ProblemException.conflict("The agency's spokesperson is already recorded as an attendee of this training.");
        }
        TrainingAttendance a = new TrainingAttendance();
        a.id = UUID.randomUUID();
        a.trainingId = trainingId;
        a.agencyId = details.agencyId();
        a.fullName = details.fullName();
        a.title = details.title();
        a.attendedAs = details.attendedAs();
        a.recordedAt = time.now();
        a.recordedBy = actor;
        attendance.persist(a);
        attendance.flush(); // the unique constraints are the backstop for concurrent duplicates (409)
        outbox.publish(Events.TRAINING_ATTENDED, new TrainingAttended(a.agencyId, agency.name, training.id, a.id, training.title,
                training.heldOn, a.fullName, a.attendedAs.name(), a.recordedAt), a.recordedAt);
        return a;
    }

    /** The attendees of a session; an agency officer sees only its own agency's. */
    public List<TrainingAttendance> attendees(UUID trainingId) {
        UUID confined = scope.confinedAgency().orElse(null);
        get(trainingId);
        return attendance.ofTraining(trainingId, confined);
    }

    /** The sessions an agency attended, newest first. */
    public List<AgencyTraining> ofAgency(UUID agencyId) {
        scope.requireAccess(agencyId);
        agencies.get(agencyId);
        Map<UUID, List<TrainingAttendance>> bySession = new LinkedHashMap<>();
        for (TrainingAttendance a : attendance.ofAgency(agencyId)) {
            bySession.computeIfAbsent(a.trainingId, id -> new java.util.ArrayList<>()).add(a);
        }
        return trainings.byIds(List.copyOf(bySession.keySet())).stream()
                .map(t -> new AgencyTraining(t, bySession.get(t.id)))
                .toList();
    }
}
