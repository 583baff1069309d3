package vn.gov.pressinfo.agencydirectory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * The dated agency roles as registry-service last published them ({@code AgencyRoleChanged}): who held a role on a
 * date. Services ask it for the press management department instead of naming it in configuration.
 */
@ApplicationScoped
public class AgencyRoles implements PanacheRepositoryBase<RoleTermReference, RoleTermReference.Key> {

    private static final Logger LOG = Logger.getLogger(AgencyRoles.class);

    /** The terms of role {@code ?} in force on date {@code ?} (bound twice), latest first. */
    private static final String TERMS_IN_FORCE = "FROM agency_role_reference WHERE role = ? AND valid_from <= ? "
            + "AND (valid_to IS NULL OR valid_to > ?) ORDER BY valid_from DESC LIMIT 1";

    /**
     * A scalar subquery: the agency id of the holder of role {@code ?} on date {@code ?} (bind the date twice), or null.
     * For a read that needs the holder in the same statement as its rows (the department's inbox page) instead of a
     * statement of its own.
     */
    public static final String HOLDER_AGENCY_ID_SQL = "(SELECT agency_id " + TERMS_IN_FORCE + ")";

    private final BusinessTime time;

    public AgencyRoles(BusinessTime time) {
        this.time = time;
    }

    /**
     * Replaces the terms of the event's role when the event is newer than what is stored (a redelivered or
     * replayed event changes nothing).
     *
     * @return true when the read model changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(AgencyRoleChanged event) {
        // Counted, not loaded: a loaded term would stay in the persistence context after the bulk delete, and persisting
        // the new term with the same key (role, validFrom) would then fail.
        if (count("role = ?1 and changedAt >= ?2", event.role(), event.changedAt()) > 0) {
            LOG.debugf("Role %s change of %s ignored: have a newer or equal one", event.role(), event.changedAt());
            return false;
        }
        delete("role", event.role());
        for (AgencyRoleChanged.Term term : event.terms()) {
            RoleTermReference t = new RoleTermReference();
            t.role = event.role();
            t.validFrom = term.validFrom();
            t.validTo = term.validTo();
            t.agencyId = term.agencyId();
            t.agencyCode = term.agencyCode();
            t.agencyName = term.agencyName();
            t.documentNumber = term.documentNumber();
            t.changedAt = event.changedAt();
            persist(t);
        }
        return true;
    }

    /** The holder of {@code role} on {@code date}, if registry-service has published one. */
    @SuppressWarnings("unchecked")
    public Optional<RoleHolder> holderOn(String role, LocalDate date) {
        // A projection in SQL: asked on every inbox page and every notice, and Hibernate interprets an HQL query with a
        // row limit anew on each call (a fifth of the CPU of an inbox page).
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "SELECT role, agency_id, agency_code, agency_name, valid_from, valid_to " + TERMS_IN_FORCE)
                .setParameter(1, role).setParameter(2, date).setParameter(3, date)
                .unwrap(NativeQuery.class)
                .addScalar("role", String.class).addScalar("agency_id", UUID.class).addScalar("agency_code", String.class)
                .addScalar("agency_name", String.class).addScalar("valid_from", LocalDate.class).addScalar("valid_to", LocalDate.class)
                .getResultList();
        return rows.stream().findFirst().map(r -> new RoleHolder((String) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (LocalDate) r[4], (LocalDate) r[5]));
    }

    /** The press management department on {@code date}. */
    public Optional<RoleHolder> pressManagementDepartmentOn(LocalDate date) {
        return holderOn(AgencyRoleChanged.PRESS_MANAGEMENT_DEPARTMENT, date);
    }

    /** The press management department today (Asia/Ho_Chi_Minh). */
    public Optional<RoleHolder> pressManagementDepartment() {
        return pressManagementDepartmentOn(time.today());
    }

    /** Every term of {@code role}, oldest first. */
    public List<RoleHolder> terms(String role) {
        return list("role = ?1 order by validFrom", role).stream().map(RoleTermReference::holder).toList();
    }
}
