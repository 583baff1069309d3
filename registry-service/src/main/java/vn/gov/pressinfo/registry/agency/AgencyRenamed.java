package vn.gov.pressinfo.registry.agency;

import java.util.UUID;

/**
 * Fired (synchronously, inside the changing transaction) when an agency's name or code changed, so that features
 * that publish the agency's name elsewhere (the role events) publish it again.
 *
 * @param agencyId the agency
 * @param actor    who changed it
 */
public record AgencyRenamed(UUID agencyId, String actor) {
}
