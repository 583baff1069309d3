package vn.gov.pressinfo.notification.department;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DepartmentRecipientRepository implements PanacheRepositoryBase<DepartmentRecipient, UUID> {

    public List<DepartmentRecipient> all() {
        return listAll(Sort.ascending("email"));
    }

    /** The recipients recorded for {@code agencyId}. */
    public List<DepartmentRecipient> ofAgency(UUID agencyId) {
        return list("agencyId", Sort.ascending("email"), agencyId);
    }

    /** The recipients recorded before recipients belonged to an agency. */
    public List<DepartmentRecipient> withoutAgency() {
        return list("agencyId is null", Sort.ascending("email"));
    }

    public boolean existsEmail(UUID agencyId, String email) {
        return count("agencyId = ?1 and lower(email) = ?2", agencyId, email.toLowerCase(Locale.ROOT)) > 0;
    }
}
