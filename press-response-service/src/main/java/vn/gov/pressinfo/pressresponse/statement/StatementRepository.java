package vn.gov.pressinfo.pressresponse.statement;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<Statement, UUID> {

    /** Whether {@code agencyId} issued a statement about the incident at or before {@code by}. */
    public boolean spokeAboutIncident(UUID incidentId, UUID agencyId, Instant by) {
        return count("incidentId = ?1 and agencyId = ?2 and issuedAt <= ?3", incidentId, agencyId, by) > 0;
    }

    /** Statements of the agency in one of {@code forms} issued in {@code [from, to)}. */
    public long countIn(UUID agencyId, Collection<InformationForm> forms, Instant from, Instant to) {
        return count("agencyId = ?1 and form in ?2 and issuedAt >= ?3 and issuedAt < ?4", agencyId, forms, from, to);
    }
}
