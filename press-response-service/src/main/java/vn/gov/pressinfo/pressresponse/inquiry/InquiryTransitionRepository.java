package vn.gov.pressinfo.pressresponse.inquiry;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InquiryTransitionRepository implements PanacheRepositoryBase<InquiryTransition, Long> {

    public List<InquiryTransition> ofInquiry(UUID inquiryId) {
        return list("inquiryId", Sort.ascending("id"), inquiryId);
    }
}
