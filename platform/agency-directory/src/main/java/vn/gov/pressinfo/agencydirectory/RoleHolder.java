package vn.gov.pressinfo.agencydirectory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The agency that holds a dated role for one term.
 *
 * @param role       e.g. {@code PRESS_MANAGEMENT_DEPARTMENT}
 * @param agencyId   the holder
 * @param agencyCode its code
 * @param agencyName its name
 * @param validFrom  first day of the term
 * @param validTo    first day after the term (exclusive), null while it runs
 */
public record RoleHolder(String role, UUID agencyId, String agencyCode, String agencyName, LocalDate validFrom, LocalDate validTo) {
}
