package vn.gov.pressinfo.pressresponse.inquiry;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InquiryRefusalRepository implements PanacheRepositoryBase<InquiryRefusal, Long> {

    public List<InquiryRefusal> ofInquiry(UUID inquiryId) {
        return list("inquiryId", Sort.ascending("id"), inquiryId);
    }
}
