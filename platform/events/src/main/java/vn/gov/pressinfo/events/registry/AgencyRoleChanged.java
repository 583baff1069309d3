package vn.gov.pressinfo.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.gov.pressinfo.events.EventPayload;

/**
 * Every term of one dated agency role as it now stands, after a holder was assigned (vai trò của cơ quan), e.g. the
 * press management department (cơ quan quản lý nhà nước về báo chí của tỉnh): Sở TTTT until 2025-02-28, Sở VHTTDL
 * from 2025-03-01. Published on the compacted {@code registry.agencies.v1} keyed by the role, so the latest event
 * of a role is its whole history and a consumer that reads the topic from the start knows every holder on every date.
 *
 * @param role       the role, e.g. {@code PRESS_MANAGEMENT_DEPARTMENT}
 * @param roleLabel  the role in Vietnamese, as documents print it
 * @param terms      every term, oldest first; at most one covers any date
 * @param changedBy  who recorded the latest change
 * @param changedAt  when (UTC)
 */
public record AgencyRoleChanged(
        String role,
        String roleLabel,
        List<Term> terms,
        String changedBy,
        Instant changedAt) implements EventPayload {

    /** The role a consumer names the press management department by. */
    public static final String PRESS_MANAGEMENT_DEPARTMENT = "PRESS_MANAGEMENT_DEPARTMENT";

    public AgencyRoleChanged {
        terms = List.copyOf(terms);
    }

    @Override
    public String aggregateId() {
        return role.toString();
    }

    /** The term that covers {@code date}, if any agency held the role then. */
    public Optional<Term> termOn(LocalDate date) {
        return terms.stream().filter(t -> t.covers(date)).findFirst();
    }

    /**
     * One agency's term in the role.
     *
     * @param agencyId       the holder
     * @param agencyCode     its code
     * @param agencyName     its name
     * @param validFrom      first day it holds the role
     * @param validTo        first day it no longer holds it (exclusive); null while it does
     * @param documentNumber the decision that gave it the role, may be null
     */
    public record Term(UUID agencyId, String agencyCode, String agencyName, LocalDate validFrom, LocalDate validTo,
            String documentNumber) {

        public boolean covers(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
        }
    }
}
