package vn.gov.pressinfo.notification.department;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.agencydirectory.AgencyRoles;
import vn.gov.pressinfo.agencydirectory.RoleHolder;
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;
import vn.gov.pressinfo.notification.routing.Audience;
import vn.gov.pressinfo.notification.routing.RoutingTable;

/**
 * Who the press management department (cơ quan quản lý nhà nước về báo chí) is on a date, as far as notices go: the
 * agency that holds the PRESS_MANAGEMENT_DEPARTMENT role that day (registry-service's dated role, read model
 * {@link AgencyRoles}), and the addresses its notices go to, in this order:
 * <ol>
 * <li>the recipients recorded for the holder;</li>
 * <li>else the recipients recorded without agency (before recipients belonged to an agency);</li>
 * <li>else, only while the registry has published no term of the role at all, the configured
 * {@code pressinfo.notification.department-emails};</li>
 * <li>else nobody (the email delivery is recorded as FAILED with the reason).</li>
 * </ol>
 * The in-app item goes to the holder's inbox, or to the department inbox while no agency holds the role that day.
 */
@ApplicationScoped
public class DepartmentRouting {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AgencyRoles roles;

    public DepartmentRouting(AgencyRoles roles) {
        this.roles = roles;
    }

    /** Where department notices about an event dated {@code date} go; reads the role read model (call in a transaction). */
    public Route on(LocalDate date, RoutingTable.DepartmentEmails emails) {
        Optional<RoleHolder> holder = roles.pressManagementDepartmentOn(date);
        Source source = source(holder, emails);
        List<String> addresses = switch (source) {
            case HOLDER -> emails.ofAgency(holder.orElseThrow().agencyId());
            case WITHOUT_AGENCY -> emails.withoutAgency();
            case CONFIGURATION -> emails.configured();
            case NONE -> List.of();
        };
        return new Route(date, holder, source, addresses);
    }

    private Source source(Optional<RoleHolder> holder, RoutingTable.DepartmentEmails emails) {
        if (holder.isPresent() && !emails.ofAgency(holder.get().agencyId()).isEmpty()) {
            return Source.HOLDER;
        }
        if (!emails.withoutAgency().isEmpty()) {
            return Source.WITHOUT_AGENCY;
        }
        if (holder.isEmpty() && roles.terms(AgencyRoleChanged.PRESS_MANAGEMENT_DEPARTMENT).isEmpty()) {
            return emails.configured().isEmpty() ? Source.NONE : Source.CONFIGURATION;
        }
        return Source.NONE;
    }

    /** Where the addresses of a route come from. */
    public enum Source {
        /** Recipients recorded for the agency that holds the role. */
        HOLDER,
        /** Recipients recorded before recipients belonged to an agency. */
        WITHOUT_AGENCY,
        /** pressinfo.notification.department-emails: the registry has published no term of the role. */
        CONFIGURATION,
        /** Nobody. */
        NONE
    }

    /**
     * Where department notices of one date go.
     *
     * @param date   the date asked about
     * @param holder the agency that held the role that day, if the registry published one
     * @param source where {@code emails} come from
     * @param emails the addresses, lower case; empty when {@code source} is NONE
     */
    public record Route(LocalDate date, Optional<RoleHolder> holder, Source source, List<String> emails) {

        /** The inbox of department notices: the holder's, or the department inbox while no agency holds the role. */
        public Audience inbox() {
            return holder.map(h -> Audience.agency(h.agencyId())).orElse(Audience.DEPARTMENT);
        }

        /** Why nobody receives the email (for the delivery log). */
        public String noRecipientReason() {
            return holder.map(h -> "no department recipient is recorded for " + h.agencyName() + " (" + h.agencyId()
                    + "), which holds the press management department role on " + date.format(DAY))
                    .orElse("no department recipient is recorded or configured, and no agency holds the press management department "
                            + "role on " + date.format(DAY));
        }
    }
}
