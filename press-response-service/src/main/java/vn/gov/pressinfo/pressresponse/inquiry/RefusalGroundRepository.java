package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RefusalGroundRepository implements PanacheRepositoryBase<RefusalGround, RefusalGround.Key> {

    /** The grounds in force on {@code day}. */
    public List<RefusalGround> inForce(LocalDate day) {
        return list("effectiveFrom <= ?1 and (effectiveTo is null or effectiveTo >= ?1)", Sort.ascending("code"), day);
    }

    /** Every ground ever in force, by code and effective date. */
    public List<RefusalGround> all() {
        return listAll(Sort.ascending("effectiveFrom").and("code"));
    }
}
