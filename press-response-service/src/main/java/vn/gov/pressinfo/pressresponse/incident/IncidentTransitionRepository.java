package vn.gov.pressinfo.pressresponse.incident;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class IncidentTransitionRepository implements PanacheRepositoryBase<IncidentTransition, Long> {

    /** The changes of an incident, oldest first. */
    public List<IncidentTransition> ofIncident(UUID incidentId) {
        return list("incidentId", Sort.ascending("id"), incidentId);
    }
}
