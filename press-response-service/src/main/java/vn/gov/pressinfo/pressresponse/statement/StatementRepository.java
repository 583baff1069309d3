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

    /** The filters of a statement list ({@link StatementListQueries}); null filters are left out; issuedAt in {@code [from, to)}. */
    public record Filter(UUID agencyId, InformationForm form, Instant from, Instant to, boolean publicOnly) {
    }

    /** What the public feed's validator is computed from: the number of public statements and the last recording. */
    public record PublicState(long count, Instant lastRecordedAt, long versions) {
    }

    public PublicState publicState() {
        Object[] row = getEntityManager().createQuery(
                "select count(s), max(s.recordedAt), coalesce(sum(s.version), 0) from Statement s where s.isPublic = true", Object[].class)
                .getSingleResult();
        return new PublicState((Long) row[0], (Instant) row[1], ((Number) row[2]).longValue());
    }
}
