package vn.gov.pressinfo.pressresponse.statement;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;

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

    /** The filters of a statement list; null filters are left out; issuedAt in {@code [from, to)}. */
    public record Filter(UUID agencyId, InformationForm form, Instant from, Instant to, boolean publicOnly) {
    }

    /** One page of statements matching {@code filter}, newest first. */
    public Page<Statement> page(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.agencyId() != null) {
            where.append(" and agencyId = :agencyId");
            params.put("agencyId", filter.agencyId());
        }
        if (filter.form() != null) {
            where.append(" and form = :form");
            params.put("form", filter.form());
        }
        if (filter.from() != null) {
            where.append(" and issuedAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and issuedAt < :to");
            params.put("to", filter.to());
        }
        if (filter.publicOnly()) {
            where.append(" and isPublic = true");
        }
        var query = find(where.toString(), Sort.descending("issuedAt", "id"), params);
        List<Statement> items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        return Page.of(items, page, query.count());
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
