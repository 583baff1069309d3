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

    public boolean existsEmail(String email) {
        return count("lower(email) = ?1", email.toLowerCase(Locale.ROOT)) > 0;
    }
}
